import { DEFAULT_TEMPLATE } from '@tracklink/shared';
import { createConsignments, createTrackingTenant, type TenantFixture } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let tenant: TenantFixture;
beforeAll(async () => {
  app = await startTestApp();
  tenant = await createTrackingTenant(app);
});
afterAll(() => app.close());

const TEMPLATE = `showStatus showProgress showStopReferences showEstimatedTimes showCargo showPalletScans showMap
  showDriverPosition showCustomerReference showContainerNumber showTransportService showCustomFields showExtraFields
  showNotes showPhotos customFieldKeys`;

it('starts from the defaults of SPEC 3.1 and changes only the sections given', async () => {
  const { trackingLinkTemplate } = await app.ok(`{ trackingLinkTemplate { ${TEMPLATE} } }`, {}, tenant.dispatcherToken);
  expect(trackingLinkTemplate).toEqual({ ...DEFAULT_TEMPLATE, customFieldKeys: null });
  const { updateTrackingLinkTemplate } = await app.ok(
    `mutation { updateTrackingLinkTemplate(input: { showCargo: false, showNotes: true }) { ${TEMPLATE} } }`,
    {},
    tenant.adminToken,
  );
  expect(updateTrackingLinkTemplate).toEqual({ ...DEFAULT_TEMPLATE, showCargo: false, showNotes: true, customFieldKeys: null });
  const again = await app.ok(`mutation { updateTrackingLinkTemplate(input: { showMap: false }) { showCargo showNotes showMap } }`, {}, tenant.adminToken);
  expect(again.updateTrackingLinkTemplate).toEqual({ showCargo: false, showNotes: true, showMap: false });
});

it('lets only super admins change it, and checks custom field keys', async () => {
  const res = await app.gql('mutation { updateTrackingLinkTemplate(input: { showCargo: true }) { showCargo } }', {}, tenant.dispatcherToken);
  expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const bad = await app.gql('mutation { updateTrackingLinkTemplate(input: { customFieldKeys: ["ghost"] }) { showCargo } }', {}, tenant.adminToken);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFieldKeys[0]' });
  await app.ok('mutation { defineCustomField(key: "incoterm", label: "Incoterm") { key } }', {}, tenant.adminToken);
  const ok = await app.ok('mutation { updateTrackingLinkTemplate(input: { customFieldKeys: ["incoterm"] }) { customFieldKeys } }', {}, tenant.adminToken);
  expect(ok.updateTrackingLinkTemplate.customFieldKeys).toEqual(['incoterm']);
});

it('keeps per-customer overrides over the tenant template', async () => {
  await createConsignments(app, tenant.adminToken);
  const [{ id: customerId }] = await app.sql('SELECT id FROM customers WHERE tenant_id = $1', [tenant.id]);
  const { setCustomerTrackingLinkTemplate } = await app.ok(
    `mutation { setCustomerTrackingLinkTemplate(input: { customerId: "${customerId}", showCargo: true, showPalletScans: false }) {
      customer { name } showCargo showPalletScans showStatus effective { showCargo showPalletScans showStatus showMap } } }`,
    {},
    tenant.adminToken,
  );
  expect(setCustomerTrackingLinkTemplate).toEqual({
    customer: { name: 'Acme Foods' },
    showCargo: true,
    showPalletScans: false,
    showStatus: null,
    effective: { showCargo: true, showPalletScans: false, showStatus: true, showMap: false },
  });
  const { customerTrackingLinkTemplates } = await app.ok('{ customerTrackingLinkTemplates { customer { id } } }', {}, tenant.dispatcherToken);
  expect(customerTrackingLinkTemplates).toEqual([{ customer: { id: customerId } }]);
  const foreign = await createTrackingTenant(app);
  const res = await app.gql(`mutation { setCustomerTrackingLinkTemplate(input: { customerId: "${customerId}", showCargo: true }) { showCargo } }`, {}, foreign.adminToken);
  expect(res.errors?.[0].extensions?.field).toBe('input.customerId');
  expect((await app.ok(`mutation { deleteCustomerTrackingLinkTemplate(customerId: "${customerId}") }`, {}, tenant.adminToken)).deleteCustomerTrackingLinkTemplate).toBe(true);
});
