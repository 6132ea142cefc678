import { DEFAULT_TEMPLATE } from '@tracklink/shared';
import { DEFINE_CUSTOM_FIELD, DELETE_CUSTOMER_TEMPLATE, TEMPLATE_FIELDS, UPDATE_TEMPLATE, type SectionInput, type Template } from '../../../test/documents';
import { givenConsignment, givenTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { doc } from '../../../test/typed-document';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await givenTenant(app, { tracking: true });
});
afterAll(() => app.close());

const TEMPLATE = doc<{ trackingLinkTemplate: Template }>(`{ trackingLinkTemplate { ${TEMPLATE_FIELDS} } }`);

type CustomerTemplate = {
  customer: { name: string };
  showCargo: boolean | null;
  showPalletScans: boolean | null;
  showStatus: boolean | null;
  effective: { showCargo: boolean; showPalletScans: boolean; showStatus: boolean; showMap: boolean };
};
const SET_CUSTOMER_TEMPLATE = doc<{ setCustomerTrackingLinkTemplate: CustomerTemplate }, { input: SectionInput & { customerId: string } }>(
  `mutation($input: CustomerTemplateInput!) { setCustomerTrackingLinkTemplate(input: $input) {
    customer { name } showCargo showPalletScans showStatus effective { showCargo showPalletScans showStatus showMap } } }`,
);
const CUSTOMER_TEMPLATES = doc<{ customerTrackingLinkTemplates: Array<{ customer: { id: string } }> }>('{ customerTrackingLinkTemplates { customer { id } } }');

it('starts from the defaults of SPEC 3.1 and changes only the sections given', async () => {
  const { trackingLinkTemplate } = await app.ok(TEMPLATE, {}, tenant.dispatcherToken);
  expect(trackingLinkTemplate).toEqual({ ...DEFAULT_TEMPLATE, customFieldKeys: null });
  const { updateTrackingLinkTemplate } = await app.ok(UPDATE_TEMPLATE, { input: { showCargo: false, showNotes: true } }, tenant.adminToken);
  expect(updateTrackingLinkTemplate).toEqual({ ...DEFAULT_TEMPLATE, showCargo: false, showNotes: true, customFieldKeys: null });
  const again = await app.ok(UPDATE_TEMPLATE, { input: { showMap: false } }, tenant.adminToken);
  expect(again.updateTrackingLinkTemplate).toEqual({ ...DEFAULT_TEMPLATE, showCargo: false, showNotes: true, showMap: false, customFieldKeys: null });
});

it('lets only super admins change it, and checks custom field keys', async () => {
  const res = await app.gql(UPDATE_TEMPLATE, { input: { showCargo: true } }, tenant.dispatcherToken);
  expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const bad = await app.gql(UPDATE_TEMPLATE, { input: { customFieldKeys: ['ghost'] } }, tenant.adminToken);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFieldKeys[0]' });
  await app.ok(DEFINE_CUSTOM_FIELD, { key: 'incoterm', label: 'Incoterm' }, tenant.adminToken);
  const ok = await app.ok(UPDATE_TEMPLATE, { input: { customFieldKeys: ['incoterm'] } }, tenant.adminToken);
  expect(ok.updateTrackingLinkTemplate.customFieldKeys).toEqual(['incoterm']);
});

it('keeps per-customer overrides over the tenant template', async () => {
  await givenConsignment(app, tenant.adminToken);
  const [{ id: customerId }] = await app.sql<{ id: string }>('SELECT id FROM customers WHERE tenant_id = $1', [tenant.id]);
  const { setCustomerTrackingLinkTemplate } = await app.ok(
    SET_CUSTOMER_TEMPLATE,
    { input: { customerId, showCargo: true, showPalletScans: false } },
    tenant.adminToken,
  );
  expect(setCustomerTrackingLinkTemplate).toEqual({
    customer: { name: 'Acme Foods' },
    showCargo: true,
    showPalletScans: false,
    showStatus: null,
    effective: { showCargo: true, showPalletScans: false, showStatus: true, showMap: false },
  });
  const { customerTrackingLinkTemplates } = await app.ok(CUSTOMER_TEMPLATES, {}, tenant.dispatcherToken);
  expect(customerTrackingLinkTemplates).toEqual([{ customer: { id: customerId } }]);
  const foreign = await givenTenant(app, { tracking: true });
  const res = await app.gql(SET_CUSTOMER_TEMPLATE, { input: { customerId, showCargo: true } }, foreign.adminToken);
  expect(res.errors?.[0].extensions?.field).toBe('input.customerId');
  expect((await app.ok(DELETE_CUSTOMER_TEMPLATE, { customerId }, tenant.adminToken)).deleteCustomerTrackingLinkTemplate).toBe(true);
});
