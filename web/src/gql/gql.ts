/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DriverChoices {\n    drivers {\n      id\n      name\n      vehiclePlate\n    }\n  }\n": typeof types.DriverChoicesDocument,
    "\n  mutation AssignDriver($consignmentId: ID!, $driverId: ID!) {\n    assignDriver(consignmentId: $consignmentId, driverId: $driverId) {\n      id\n      ...ConsignmentDriver\n    }\n  }\n": typeof types.AssignDriverDocument,
    "\n  mutation AddConsignmentNote($consignmentId: ID!, $input: NoteInput!) {\n    addConsignmentNote(consignmentId: $consignmentId, input: $input) {\n      id\n      scope\n      text\n      createdAt\n    }\n  }\n": typeof types.AddConsignmentNoteDocument,
    "\n  mutation AddConsignmentPhoto($consignmentId: ID!, $input: PhotoInput!) {\n    addConsignmentPhoto(consignmentId: $consignmentId, input: $input) {\n      id\n      url\n      caption\n      customerVisible\n      createdAt\n    }\n  }\n": typeof types.AddConsignmentPhotoDocument,
    "\n  mutation SetPhotoCustomerVisible($photoId: ID!, $customerVisible: Boolean!) {\n    setPhotoCustomerVisible(photoId: $photoId, customerVisible: $customerVisible) {\n      id\n      customerVisible\n    }\n  }\n": typeof types.SetPhotoCustomerVisibleDocument,
    "\n  fragment ProofOfDeliveryStop on Stop {\n    id\n    sequence\n    type\n    name\n    timezone\n    proofOfDelivery {\n      id\n      receiverName\n      deliveredAt\n      latitude\n      longitude\n      positionSource\n      revision\n      recordedBy\n      signature {\n        id\n        url\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n": typeof types.ProofOfDeliveryStopFragmentDoc,
    "\n  mutation SetConsignmentStatus($consignmentId: ID!, $status: ConsignmentStatus!) {\n    setConsignmentStatus(consignmentId: $consignmentId, status: $status) {\n      id\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      updatedAt\n    }\n  }\n": typeof types.SetConsignmentStatusDocument,
    "\n  fragment StopRow on Stop {\n    id\n    sequence\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    actualArrival\n    actualDeparture\n    contactName\n    contactEmail\n    contactPhone\n  }\n": typeof types.StopRowFragmentDoc,
    "\n  query Consignment($id: ID!) {\n    consignment(id: $id) {\n      id\n      reference\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      customerReference\n      containerNumber\n      transportService\n      vehiclePlate\n      createdAt\n      updatedAt\n      order {\n        id\n        reference\n        customer {\n          id\n          name\n          email\n        }\n      }\n      stops {\n        ...StopRow\n        ...ProofOfDeliveryStop\n      }\n      cargo {\n        id\n        description\n        quantity\n        packagingType\n        weightKg\n      }\n      palletScans {\n        id\n        palletBarcode\n        event\n        scannedAt\n        latitude\n        longitude\n      }\n      notes {\n        id\n        scope\n        text\n        createdAt\n      }\n      photos {\n        id\n        url\n        caption\n        customerVisible\n        createdAt\n      }\n      ...ConsignmentDriver\n      trackingLinks {\n        ...TrackingLinkItem\n      }\n      recipientFeedback {\n        ...RecipientFeedbackItem\n      }\n    }\n  }\n": typeof types.ConsignmentDocument,
    "\n  fragment RecipientFeedbackItem on RecipientFeedback {\n    id\n    linkId\n    recipientEmail\n    instructions\n    instructionsAt\n    rating\n    comment\n    ratedAt\n    updatedAt\n  }\n": typeof types.RecipientFeedbackItemFragmentDoc,
    "\n  fragment ConsignmentDriver on Consignment {\n    driver {\n      id\n      name\n      phone\n      vehiclePlate\n    }\n    driverPosition {\n      ...LivePosition\n    }\n  }\n": typeof types.ConsignmentDriverFragmentDoc,
    "\n  fragment LivePosition on StaffDriverPosition {\n    driverId\n    latitude\n    longitude\n    heading\n    speedKmh\n    recordedAt\n  }\n": typeof types.LivePositionFragmentDoc,
    "\n  subscription ConsignmentChanged {\n    consignmentChanged {\n      consignmentId\n      deleted\n    }\n  }\n": typeof types.ConsignmentChangedDocument,
    "\n  subscription DriverPositionChanged {\n    driverPositionChanged {\n      ...LivePosition\n    }\n  }\n": typeof types.DriverPositionChangedDocument,
    "\n  fragment ConsignmentRow on Consignment {\n    id\n    reference\n    status\n    deliveryDetectedAt\n    customerReference\n    updatedAt\n    order {\n      id\n      reference\n      customer {\n        id\n        name\n      }\n    }\n    stops {\n      id\n      type\n      name\n      actualArrival\n      lateByMinutes\n      lateEpisodes\n    }\n    trackingLinks {\n      id\n      status\n    }\n  }\n": typeof types.ConsignmentRowFragmentDoc,
    "\n  query Consignments($first: Int, $after: String, $filter: ConsignmentFilter) {\n    consignments(first: $first, after: $after, filter: $filter) {\n      total {\n        count\n        capped\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ConsignmentRow\n        }\n      }\n    }\n  }\n": typeof types.ConsignmentsDocument,
    "\n  mutation RecalculateTasks($orderIds: [ID!]!) {\n    recalculateTasks(orderIds: $orderIds) {\n      consignments\n      linksCreated\n      emailsQueued\n    }\n  }\n": typeof types.RecalculateTasksDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password, cookie: true) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      tenant {\n        id\n        name\n        trackingIntegrationEnabled\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      reference\n      consignments {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  query OrderLinks($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      orderLinks {\n        id\n        url\n        status\n        createdAt\n        expiresAt\n        viewCount\n      }\n    }\n  }\n": typeof types.OrderLinksDocument,
    "\n  mutation CreateOrderLink($orderId: ID!) {\n    createOrderLink(orderId: $orderId) {\n      id\n    }\n  }\n": typeof types.CreateOrderLinkDocument,
    "\n  mutation RegenerateOrderLink($linkId: ID!) {\n    regenerateOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n": typeof types.RegenerateOrderLinkDocument,
    "\n  mutation RevokeOrderLink($linkId: ID!) {\n    revokeOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n": typeof types.RevokeOrderLinkDocument,
    "\n  query Outbox($first: Int, $after: String, $status: OutboxStatus) {\n    outbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n          consignment {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
    "\n  query ApiKeys($after: String) {\n    apiKeysConnection(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          createdAt\n          revokedAt\n          expiresAt\n          lastUsedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, expiresAt: $expiresAt) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n    }\n  }\n": typeof types.CustomFieldDefinitionsDocument,
    "\n  mutation DefineCustomField($key: String!, $label: String!) {\n    defineCustomField(key: $key, label: $label) {\n      id\n      key\n      label\n    }\n  }\n": typeof types.DefineCustomFieldDocument,
    "\n  mutation DeleteCustomField($key: String!) {\n    deleteCustomField(key: $key)\n  }\n": typeof types.DeleteCustomFieldDocument,
    "\n  query SettingsDrivers {\n    drivers {\n      id\n      name\n      phone\n      vehiclePlate\n      deviceKeyCreatedAt\n      deviceAppUrl\n    }\n  }\n": typeof types.SettingsDriversDocument,
    "\n  mutation CreateDriverDeviceKey($driverId: ID!) {\n    createDriverDeviceKey(driverId: $driverId) {\n      deviceKey\n      url\n      driver {\n        id\n        deviceKeyCreatedAt\n      }\n    }\n  }\n": typeof types.CreateDriverDeviceKeyDocument,
    "\n  mutation RevokeDriverDeviceKey($driverId: ID!) {\n    revokeDriverDeviceKey(driverId: $driverId) {\n      id\n      deviceKeyCreatedAt\n    }\n  }\n": typeof types.RevokeDriverDeviceKeyDocument,
    "\n  mutation CreateDriver($input: CreateDriverInput!) {\n    createDriver(input: $input) {\n      token\n      driver {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateDriverDocument,
    "\n  query FailedSignIns($after: String) {\n    loginAttemptsConnection(failedOnly: true, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          ip\n          outcome\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.FailedSignInsDocument,
    "\n  fragment TenantSettings on Tenant {\n    id\n    name\n    logoUrl\n    brandColor\n    country\n    defaultLanguage\n    timezone\n    linkLifetimeDays\n    positionRetentionDays\n    deliveredTrackRetentionDays\n    autoCreateLinks\n    inTransitOnPickupDeparture\n    offerDeliveredOnArrival\n    orderLinksEnabled\n    trackingIntegrationEnabled\n  }\n": typeof types.TenantSettingsFragmentDoc,
    "\n  query MyTenantSettings {\n    myTenant {\n      ...TenantSettings\n    }\n  }\n": typeof types.MyTenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettings\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  mutation CreateMissingOrderLinks {\n    createMissingOrderLinks {\n      created\n      more\n    }\n  }\n": typeof types.CreateMissingOrderLinksDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n      previousSecretExpiresAt\n      createdAt\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          messageId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          payload\n          createdAt\n          deliveredAt\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  fragment TrackingLinkItem on TrackingLink {\n    id\n    url\n    status\n    recipientEmail\n    createdAt\n    expiresAt\n    explicitExpiresAt\n    revokedAt\n    viewCount\n    lastViewedAt\n    photoIds\n    overrides {\n      ...SectionChoices\n    }\n    auditLog {\n      id\n      action\n      actor\n      at\n      detail\n    }\n  }\n": typeof types.TrackingLinkItemFragmentDoc,
    "\n  mutation CreateTrackingLink($consignmentId: ID!, $input: TrackingLinkInput) {\n    createTrackingLink(consignmentId: $consignmentId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n": typeof types.CreateTrackingLinkDocument,
    "\n  mutation UpdateTrackingLink($linkId: ID!, $input: TrackingLinkInput!) {\n    updateTrackingLink(linkId: $linkId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n": typeof types.UpdateTrackingLinkDocument,
    "\n  mutation RevokeTrackingLink($linkId: ID!) {\n    revokeTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n": typeof types.RevokeTrackingLinkDocument,
    "\n  mutation RegenerateTrackingLink($linkId: ID!) {\n    regenerateTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n": typeof types.RegenerateTrackingLinkDocument,
    "\n  query TrackingLinkQrCodes($consignmentId: ID!) {\n    consignment(id: $consignmentId) {\n      id\n      trackingLinks {\n        id\n        qrSvg: qrCode(format: SVG)\n        qrPng: qrCode(format: PNG)\n      }\n    }\n  }\n": typeof types.TrackingLinkQrCodesDocument,
    "\n  fragment ContactTaskFields on ContactTask {\n    id\n    name\n    level\n    trigger\n    triggerStatus\n    recipient\n    fixedEmail\n    subject\n    body\n    enabled\n  }\n": typeof types.ContactTaskFieldsFragmentDoc,
    "\n  query ContactTasks {\n    contactTasks {\n      ...ContactTaskFields\n    }\n    myTenant {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n": typeof types.ContactTasksDocument,
    "\n  mutation CreateContactTask($input: ContactTaskInput!) {\n    createContactTask(input: $input) {\n      ...ContactTaskFields\n    }\n  }\n": typeof types.CreateContactTaskDocument,
    "\n  mutation UpdateContactTask($id: ID!, $input: ContactTaskInput!) {\n    updateContactTask(id: $id, input: $input) {\n      ...ContactTaskFields\n    }\n  }\n": typeof types.UpdateContactTaskDocument,
    "\n  mutation SetContactTaskEnabled($id: ID!, $enabled: Boolean!) {\n    setContactTaskEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetContactTaskEnabledDocument,
    "\n  mutation DeleteContactTask($id: ID!) {\n    deleteContactTask(id: $id)\n  }\n": typeof types.DeleteContactTaskDocument,
    "\n  fragment SectionChoices on SectionChoices {\n    showStatus\n    showProgress\n    showStopReferences\n    showEstimatedTimes\n    showCargo\n    showPalletScans\n    showMap\n    showDriverPosition\n    showCustomerReference\n    showContainerNumber\n    showTransportService\n    showCustomFields\n    showExtraFields\n    showNotes\n    showPhotos\n    showFeedback\n    showProofOfDelivery\n  }\n": typeof types.SectionChoicesFragmentDoc,
    "\n  query TrackingLinkTemplate {\n    trackingLinkTemplate {\n      ...SectionChoices\n    }\n  }\n": typeof types.TrackingLinkTemplateDocument,
    "\n  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {\n    updateTrackingLinkTemplate(input: $input) {\n      ...SectionChoices\n    }\n  }\n": typeof types.UpdateTrackingLinkTemplateDocument,
    "\n  query CustomerTemplates {\n    customers {\n      id\n      name\n      email\n    }\n    customerTrackingLinkTemplates {\n      customer {\n        id\n        name\n      }\n      ...SectionChoices\n    }\n  }\n": typeof types.CustomerTemplatesDocument,
    "\n  mutation SetCustomerTrackingLinkTemplate($input: CustomerTemplateInput!) {\n    setCustomerTrackingLinkTemplate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": typeof types.SetCustomerTrackingLinkTemplateDocument,
    "\n  mutation DeleteCustomerTrackingLinkTemplate($customerId: ID!) {\n    deleteCustomerTrackingLinkTemplate(customerId: $customerId)\n  }\n": typeof types.DeleteCustomerTrackingLinkTemplateDocument,
    "\n  query PreviewConsignments {\n    consignments(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          order {\n            id\n            customer {\n              id\n              name\n            }\n          }\n          trackingLinks {\n            id\n            url\n            status\n            recipientEmail\n          }\n        }\n      }\n    }\n  }\n": typeof types.PreviewConsignmentsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query Tenants($after: String) {\n    tenantsConnection(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          timezone\n          trackingIntegrationEnabled\n          billingStatus\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation SetTrackingIntegration($tenantId: ID!, $enabled: Boolean!) {\n    setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n": typeof types.SetTrackingIntegrationDocument,
    "\n  mutation SetTenantBillingStatus($tenantId: ID!, $status: BillingStatus!) {\n    setTenantBillingStatus(tenantId: $tenantId, status: $status) {\n      id\n      billingStatus\n    }\n  }\n": typeof types.SetTenantBillingStatusDocument,
};
const documents: Documents = {
    "\n  query DriverChoices {\n    drivers {\n      id\n      name\n      vehiclePlate\n    }\n  }\n": types.DriverChoicesDocument,
    "\n  mutation AssignDriver($consignmentId: ID!, $driverId: ID!) {\n    assignDriver(consignmentId: $consignmentId, driverId: $driverId) {\n      id\n      ...ConsignmentDriver\n    }\n  }\n": types.AssignDriverDocument,
    "\n  mutation AddConsignmentNote($consignmentId: ID!, $input: NoteInput!) {\n    addConsignmentNote(consignmentId: $consignmentId, input: $input) {\n      id\n      scope\n      text\n      createdAt\n    }\n  }\n": types.AddConsignmentNoteDocument,
    "\n  mutation AddConsignmentPhoto($consignmentId: ID!, $input: PhotoInput!) {\n    addConsignmentPhoto(consignmentId: $consignmentId, input: $input) {\n      id\n      url\n      caption\n      customerVisible\n      createdAt\n    }\n  }\n": types.AddConsignmentPhotoDocument,
    "\n  mutation SetPhotoCustomerVisible($photoId: ID!, $customerVisible: Boolean!) {\n    setPhotoCustomerVisible(photoId: $photoId, customerVisible: $customerVisible) {\n      id\n      customerVisible\n    }\n  }\n": types.SetPhotoCustomerVisibleDocument,
    "\n  fragment ProofOfDeliveryStop on Stop {\n    id\n    sequence\n    type\n    name\n    timezone\n    proofOfDelivery {\n      id\n      receiverName\n      deliveredAt\n      latitude\n      longitude\n      positionSource\n      revision\n      recordedBy\n      signature {\n        id\n        url\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n": types.ProofOfDeliveryStopFragmentDoc,
    "\n  mutation SetConsignmentStatus($consignmentId: ID!, $status: ConsignmentStatus!) {\n    setConsignmentStatus(consignmentId: $consignmentId, status: $status) {\n      id\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      updatedAt\n    }\n  }\n": types.SetConsignmentStatusDocument,
    "\n  fragment StopRow on Stop {\n    id\n    sequence\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    actualArrival\n    actualDeparture\n    contactName\n    contactEmail\n    contactPhone\n  }\n": types.StopRowFragmentDoc,
    "\n  query Consignment($id: ID!) {\n    consignment(id: $id) {\n      id\n      reference\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      customerReference\n      containerNumber\n      transportService\n      vehiclePlate\n      createdAt\n      updatedAt\n      order {\n        id\n        reference\n        customer {\n          id\n          name\n          email\n        }\n      }\n      stops {\n        ...StopRow\n        ...ProofOfDeliveryStop\n      }\n      cargo {\n        id\n        description\n        quantity\n        packagingType\n        weightKg\n      }\n      palletScans {\n        id\n        palletBarcode\n        event\n        scannedAt\n        latitude\n        longitude\n      }\n      notes {\n        id\n        scope\n        text\n        createdAt\n      }\n      photos {\n        id\n        url\n        caption\n        customerVisible\n        createdAt\n      }\n      ...ConsignmentDriver\n      trackingLinks {\n        ...TrackingLinkItem\n      }\n      recipientFeedback {\n        ...RecipientFeedbackItem\n      }\n    }\n  }\n": types.ConsignmentDocument,
    "\n  fragment RecipientFeedbackItem on RecipientFeedback {\n    id\n    linkId\n    recipientEmail\n    instructions\n    instructionsAt\n    rating\n    comment\n    ratedAt\n    updatedAt\n  }\n": types.RecipientFeedbackItemFragmentDoc,
    "\n  fragment ConsignmentDriver on Consignment {\n    driver {\n      id\n      name\n      phone\n      vehiclePlate\n    }\n    driverPosition {\n      ...LivePosition\n    }\n  }\n": types.ConsignmentDriverFragmentDoc,
    "\n  fragment LivePosition on StaffDriverPosition {\n    driverId\n    latitude\n    longitude\n    heading\n    speedKmh\n    recordedAt\n  }\n": types.LivePositionFragmentDoc,
    "\n  subscription ConsignmentChanged {\n    consignmentChanged {\n      consignmentId\n      deleted\n    }\n  }\n": types.ConsignmentChangedDocument,
    "\n  subscription DriverPositionChanged {\n    driverPositionChanged {\n      ...LivePosition\n    }\n  }\n": types.DriverPositionChangedDocument,
    "\n  fragment ConsignmentRow on Consignment {\n    id\n    reference\n    status\n    deliveryDetectedAt\n    customerReference\n    updatedAt\n    order {\n      id\n      reference\n      customer {\n        id\n        name\n      }\n    }\n    stops {\n      id\n      type\n      name\n      actualArrival\n      lateByMinutes\n      lateEpisodes\n    }\n    trackingLinks {\n      id\n      status\n    }\n  }\n": types.ConsignmentRowFragmentDoc,
    "\n  query Consignments($first: Int, $after: String, $filter: ConsignmentFilter) {\n    consignments(first: $first, after: $after, filter: $filter) {\n      total {\n        count\n        capped\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ConsignmentRow\n        }\n      }\n    }\n  }\n": types.ConsignmentsDocument,
    "\n  mutation RecalculateTasks($orderIds: [ID!]!) {\n    recalculateTasks(orderIds: $orderIds) {\n      consignments\n      linksCreated\n      emailsQueued\n    }\n  }\n": types.RecalculateTasksDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password, cookie: true) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n      tenant {\n        id\n        name\n        trackingIntegrationEnabled\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      reference\n      consignments {\n        id\n        reference\n      }\n    }\n  }\n": types.CreateOrderDocument,
    "\n  query OrderLinks($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      orderLinks {\n        id\n        url\n        status\n        createdAt\n        expiresAt\n        viewCount\n      }\n    }\n  }\n": types.OrderLinksDocument,
    "\n  mutation CreateOrderLink($orderId: ID!) {\n    createOrderLink(orderId: $orderId) {\n      id\n    }\n  }\n": types.CreateOrderLinkDocument,
    "\n  mutation RegenerateOrderLink($linkId: ID!) {\n    regenerateOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n": types.RegenerateOrderLinkDocument,
    "\n  mutation RevokeOrderLink($linkId: ID!) {\n    revokeOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n": types.RevokeOrderLinkDocument,
    "\n  query Outbox($first: Int, $after: String, $status: OutboxStatus) {\n    outbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n          consignment {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n    }\n  }\n": types.RetryOutboxMessageDocument,
    "\n  query ApiKeys($after: String) {\n    apiKeysConnection(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          createdAt\n          revokedAt\n          expiresAt\n          lastUsedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, expiresAt: $expiresAt) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n    }\n  }\n": types.CustomFieldDefinitionsDocument,
    "\n  mutation DefineCustomField($key: String!, $label: String!) {\n    defineCustomField(key: $key, label: $label) {\n      id\n      key\n      label\n    }\n  }\n": types.DefineCustomFieldDocument,
    "\n  mutation DeleteCustomField($key: String!) {\n    deleteCustomField(key: $key)\n  }\n": types.DeleteCustomFieldDocument,
    "\n  query SettingsDrivers {\n    drivers {\n      id\n      name\n      phone\n      vehiclePlate\n      deviceKeyCreatedAt\n      deviceAppUrl\n    }\n  }\n": types.SettingsDriversDocument,
    "\n  mutation CreateDriverDeviceKey($driverId: ID!) {\n    createDriverDeviceKey(driverId: $driverId) {\n      deviceKey\n      url\n      driver {\n        id\n        deviceKeyCreatedAt\n      }\n    }\n  }\n": types.CreateDriverDeviceKeyDocument,
    "\n  mutation RevokeDriverDeviceKey($driverId: ID!) {\n    revokeDriverDeviceKey(driverId: $driverId) {\n      id\n      deviceKeyCreatedAt\n    }\n  }\n": types.RevokeDriverDeviceKeyDocument,
    "\n  mutation CreateDriver($input: CreateDriverInput!) {\n    createDriver(input: $input) {\n      token\n      driver {\n        id\n        name\n      }\n    }\n  }\n": types.CreateDriverDocument,
    "\n  query FailedSignIns($after: String) {\n    loginAttemptsConnection(failedOnly: true, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          ip\n          outcome\n          createdAt\n        }\n      }\n    }\n  }\n": types.FailedSignInsDocument,
    "\n  fragment TenantSettings on Tenant {\n    id\n    name\n    logoUrl\n    brandColor\n    country\n    defaultLanguage\n    timezone\n    linkLifetimeDays\n    positionRetentionDays\n    deliveredTrackRetentionDays\n    autoCreateLinks\n    inTransitOnPickupDeparture\n    offerDeliveredOnArrival\n    orderLinksEnabled\n    trackingIntegrationEnabled\n  }\n": types.TenantSettingsFragmentDoc,
    "\n  query MyTenantSettings {\n    myTenant {\n      ...TenantSettings\n    }\n  }\n": types.MyTenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettings\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  mutation CreateMissingOrderLinks {\n    createMissingOrderLinks {\n      created\n      more\n    }\n  }\n": types.CreateMissingOrderLinksDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n    }\n  }\n": types.CreateUserDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n      previousSecretExpiresAt\n      createdAt\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          messageId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          payload\n          createdAt\n          deliveredAt\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  fragment TrackingLinkItem on TrackingLink {\n    id\n    url\n    status\n    recipientEmail\n    createdAt\n    expiresAt\n    explicitExpiresAt\n    revokedAt\n    viewCount\n    lastViewedAt\n    photoIds\n    overrides {\n      ...SectionChoices\n    }\n    auditLog {\n      id\n      action\n      actor\n      at\n      detail\n    }\n  }\n": types.TrackingLinkItemFragmentDoc,
    "\n  mutation CreateTrackingLink($consignmentId: ID!, $input: TrackingLinkInput) {\n    createTrackingLink(consignmentId: $consignmentId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n": types.CreateTrackingLinkDocument,
    "\n  mutation UpdateTrackingLink($linkId: ID!, $input: TrackingLinkInput!) {\n    updateTrackingLink(linkId: $linkId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n": types.UpdateTrackingLinkDocument,
    "\n  mutation RevokeTrackingLink($linkId: ID!) {\n    revokeTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n": types.RevokeTrackingLinkDocument,
    "\n  mutation RegenerateTrackingLink($linkId: ID!) {\n    regenerateTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n": types.RegenerateTrackingLinkDocument,
    "\n  query TrackingLinkQrCodes($consignmentId: ID!) {\n    consignment(id: $consignmentId) {\n      id\n      trackingLinks {\n        id\n        qrSvg: qrCode(format: SVG)\n        qrPng: qrCode(format: PNG)\n      }\n    }\n  }\n": types.TrackingLinkQrCodesDocument,
    "\n  fragment ContactTaskFields on ContactTask {\n    id\n    name\n    level\n    trigger\n    triggerStatus\n    recipient\n    fixedEmail\n    subject\n    body\n    enabled\n  }\n": types.ContactTaskFieldsFragmentDoc,
    "\n  query ContactTasks {\n    contactTasks {\n      ...ContactTaskFields\n    }\n    myTenant {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n": types.ContactTasksDocument,
    "\n  mutation CreateContactTask($input: ContactTaskInput!) {\n    createContactTask(input: $input) {\n      ...ContactTaskFields\n    }\n  }\n": types.CreateContactTaskDocument,
    "\n  mutation UpdateContactTask($id: ID!, $input: ContactTaskInput!) {\n    updateContactTask(id: $id, input: $input) {\n      ...ContactTaskFields\n    }\n  }\n": types.UpdateContactTaskDocument,
    "\n  mutation SetContactTaskEnabled($id: ID!, $enabled: Boolean!) {\n    setContactTaskEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n": types.SetContactTaskEnabledDocument,
    "\n  mutation DeleteContactTask($id: ID!) {\n    deleteContactTask(id: $id)\n  }\n": types.DeleteContactTaskDocument,
    "\n  fragment SectionChoices on SectionChoices {\n    showStatus\n    showProgress\n    showStopReferences\n    showEstimatedTimes\n    showCargo\n    showPalletScans\n    showMap\n    showDriverPosition\n    showCustomerReference\n    showContainerNumber\n    showTransportService\n    showCustomFields\n    showExtraFields\n    showNotes\n    showPhotos\n    showFeedback\n    showProofOfDelivery\n  }\n": types.SectionChoicesFragmentDoc,
    "\n  query TrackingLinkTemplate {\n    trackingLinkTemplate {\n      ...SectionChoices\n    }\n  }\n": types.TrackingLinkTemplateDocument,
    "\n  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {\n    updateTrackingLinkTemplate(input: $input) {\n      ...SectionChoices\n    }\n  }\n": types.UpdateTrackingLinkTemplateDocument,
    "\n  query CustomerTemplates {\n    customers {\n      id\n      name\n      email\n    }\n    customerTrackingLinkTemplates {\n      customer {\n        id\n        name\n      }\n      ...SectionChoices\n    }\n  }\n": types.CustomerTemplatesDocument,
    "\n  mutation SetCustomerTrackingLinkTemplate($input: CustomerTemplateInput!) {\n    setCustomerTrackingLinkTemplate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n": types.SetCustomerTrackingLinkTemplateDocument,
    "\n  mutation DeleteCustomerTrackingLinkTemplate($customerId: ID!) {\n    deleteCustomerTrackingLinkTemplate(customerId: $customerId)\n  }\n": types.DeleteCustomerTrackingLinkTemplateDocument,
    "\n  query PreviewConsignments {\n    consignments(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          order {\n            id\n            customer {\n              id\n              name\n            }\n          }\n          trackingLinks {\n            id\n            url\n            status\n            recipientEmail\n          }\n        }\n      }\n    }\n  }\n": types.PreviewConsignmentsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query Tenants($after: String) {\n    tenantsConnection(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          timezone\n          trackingIntegrationEnabled\n          billingStatus\n          createdAt\n        }\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation SetTrackingIntegration($tenantId: ID!, $enabled: Boolean!) {\n    setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n": types.SetTrackingIntegrationDocument,
    "\n  mutation SetTenantBillingStatus($tenantId: ID!, $status: BillingStatus!) {\n    setTenantBillingStatus(tenantId: $tenantId, status: $status) {\n      id\n      billingStatus\n    }\n  }\n": types.SetTenantBillingStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriverChoices {\n    drivers {\n      id\n      name\n      vehiclePlate\n    }\n  }\n"): (typeof documents)["\n  query DriverChoices {\n    drivers {\n      id\n      name\n      vehiclePlate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignDriver($consignmentId: ID!, $driverId: ID!) {\n    assignDriver(consignmentId: $consignmentId, driverId: $driverId) {\n      id\n      ...ConsignmentDriver\n    }\n  }\n"): (typeof documents)["\n  mutation AssignDriver($consignmentId: ID!, $driverId: ID!) {\n    assignDriver(consignmentId: $consignmentId, driverId: $driverId) {\n      id\n      ...ConsignmentDriver\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConsignmentNote($consignmentId: ID!, $input: NoteInput!) {\n    addConsignmentNote(consignmentId: $consignmentId, input: $input) {\n      id\n      scope\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddConsignmentNote($consignmentId: ID!, $input: NoteInput!) {\n    addConsignmentNote(consignmentId: $consignmentId, input: $input) {\n      id\n      scope\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConsignmentPhoto($consignmentId: ID!, $input: PhotoInput!) {\n    addConsignmentPhoto(consignmentId: $consignmentId, input: $input) {\n      id\n      url\n      caption\n      customerVisible\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddConsignmentPhoto($consignmentId: ID!, $input: PhotoInput!) {\n    addConsignmentPhoto(consignmentId: $consignmentId, input: $input) {\n      id\n      url\n      caption\n      customerVisible\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPhotoCustomerVisible($photoId: ID!, $customerVisible: Boolean!) {\n    setPhotoCustomerVisible(photoId: $photoId, customerVisible: $customerVisible) {\n      id\n      customerVisible\n    }\n  }\n"): (typeof documents)["\n  mutation SetPhotoCustomerVisible($photoId: ID!, $customerVisible: Boolean!) {\n    setPhotoCustomerVisible(photoId: $photoId, customerVisible: $customerVisible) {\n      id\n      customerVisible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProofOfDeliveryStop on Stop {\n    id\n    sequence\n    type\n    name\n    timezone\n    proofOfDelivery {\n      id\n      receiverName\n      deliveredAt\n      latitude\n      longitude\n      positionSource\n      revision\n      recordedBy\n      signature {\n        id\n        url\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProofOfDeliveryStop on Stop {\n    id\n    sequence\n    type\n    name\n    timezone\n    proofOfDelivery {\n      id\n      receiverName\n      deliveredAt\n      latitude\n      longitude\n      positionSource\n      revision\n      recordedBy\n      signature {\n        id\n        url\n      }\n      photos {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsignmentStatus($consignmentId: ID!, $status: ConsignmentStatus!) {\n    setConsignmentStatus(consignmentId: $consignmentId, status: $status) {\n      id\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsignmentStatus($consignmentId: ID!, $status: ConsignmentStatus!) {\n    setConsignmentStatus(consignmentId: $consignmentId, status: $status) {\n      id\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StopRow on Stop {\n    id\n    sequence\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    actualArrival\n    actualDeparture\n    contactName\n    contactEmail\n    contactPhone\n  }\n"): (typeof documents)["\n  fragment StopRow on Stop {\n    id\n    sequence\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    actualArrival\n    actualDeparture\n    contactName\n    contactEmail\n    contactPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consignment($id: ID!) {\n    consignment(id: $id) {\n      id\n      reference\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      customerReference\n      containerNumber\n      transportService\n      vehiclePlate\n      createdAt\n      updatedAt\n      order {\n        id\n        reference\n        customer {\n          id\n          name\n          email\n        }\n      }\n      stops {\n        ...StopRow\n        ...ProofOfDeliveryStop\n      }\n      cargo {\n        id\n        description\n        quantity\n        packagingType\n        weightKg\n      }\n      palletScans {\n        id\n        palletBarcode\n        event\n        scannedAt\n        latitude\n        longitude\n      }\n      notes {\n        id\n        scope\n        text\n        createdAt\n      }\n      photos {\n        id\n        url\n        caption\n        customerVisible\n        createdAt\n      }\n      ...ConsignmentDriver\n      trackingLinks {\n        ...TrackingLinkItem\n      }\n      recipientFeedback {\n        ...RecipientFeedbackItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consignment($id: ID!) {\n    consignment(id: $id) {\n      id\n      reference\n      status\n      allowedNextStatuses\n      deliveryDetectedAt\n      customerReference\n      containerNumber\n      transportService\n      vehiclePlate\n      createdAt\n      updatedAt\n      order {\n        id\n        reference\n        customer {\n          id\n          name\n          email\n        }\n      }\n      stops {\n        ...StopRow\n        ...ProofOfDeliveryStop\n      }\n      cargo {\n        id\n        description\n        quantity\n        packagingType\n        weightKg\n      }\n      palletScans {\n        id\n        palletBarcode\n        event\n        scannedAt\n        latitude\n        longitude\n      }\n      notes {\n        id\n        scope\n        text\n        createdAt\n      }\n      photos {\n        id\n        url\n        caption\n        customerVisible\n        createdAt\n      }\n      ...ConsignmentDriver\n      trackingLinks {\n        ...TrackingLinkItem\n      }\n      recipientFeedback {\n        ...RecipientFeedbackItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientFeedbackItem on RecipientFeedback {\n    id\n    linkId\n    recipientEmail\n    instructions\n    instructionsAt\n    rating\n    comment\n    ratedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RecipientFeedbackItem on RecipientFeedback {\n    id\n    linkId\n    recipientEmail\n    instructions\n    instructionsAt\n    rating\n    comment\n    ratedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsignmentDriver on Consignment {\n    driver {\n      id\n      name\n      phone\n      vehiclePlate\n    }\n    driverPosition {\n      ...LivePosition\n    }\n  }\n"): (typeof documents)["\n  fragment ConsignmentDriver on Consignment {\n    driver {\n      id\n      name\n      phone\n      vehiclePlate\n    }\n    driverPosition {\n      ...LivePosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePosition on StaffDriverPosition {\n    driverId\n    latitude\n    longitude\n    heading\n    speedKmh\n    recordedAt\n  }\n"): (typeof documents)["\n  fragment LivePosition on StaffDriverPosition {\n    driverId\n    latitude\n    longitude\n    heading\n    speedKmh\n    recordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsignmentChanged {\n    consignmentChanged {\n      consignmentId\n      deleted\n    }\n  }\n"): (typeof documents)["\n  subscription ConsignmentChanged {\n    consignmentChanged {\n      consignmentId\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DriverPositionChanged {\n    driverPositionChanged {\n      ...LivePosition\n    }\n  }\n"): (typeof documents)["\n  subscription DriverPositionChanged {\n    driverPositionChanged {\n      ...LivePosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsignmentRow on Consignment {\n    id\n    reference\n    status\n    deliveryDetectedAt\n    customerReference\n    updatedAt\n    order {\n      id\n      reference\n      customer {\n        id\n        name\n      }\n    }\n    stops {\n      id\n      type\n      name\n      actualArrival\n      lateByMinutes\n      lateEpisodes\n    }\n    trackingLinks {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ConsignmentRow on Consignment {\n    id\n    reference\n    status\n    deliveryDetectedAt\n    customerReference\n    updatedAt\n    order {\n      id\n      reference\n      customer {\n        id\n        name\n      }\n    }\n    stops {\n      id\n      type\n      name\n      actualArrival\n      lateByMinutes\n      lateEpisodes\n    }\n    trackingLinks {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consignments($first: Int, $after: String, $filter: ConsignmentFilter) {\n    consignments(first: $first, after: $after, filter: $filter) {\n      total {\n        count\n        capped\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ConsignmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consignments($first: Int, $after: String, $filter: ConsignmentFilter) {\n    consignments(first: $first, after: $after, filter: $filter) {\n      total {\n        count\n        capped\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ConsignmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecalculateTasks($orderIds: [ID!]!) {\n    recalculateTasks(orderIds: $orderIds) {\n      consignments\n      linksCreated\n      emailsQueued\n    }\n  }\n"): (typeof documents)["\n  mutation RecalculateTasks($orderIds: [ID!]!) {\n    recalculateTasks(orderIds: $orderIds) {\n      consignments\n      linksCreated\n      emailsQueued\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password, cookie: true) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password, cookie: true) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n      tenant {\n        id\n        name\n        trackingIntegrationEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n      tenant {\n        id\n        name\n        trackingIntegrationEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      reference\n      consignments {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      id\n      reference\n      consignments {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderLinks($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      orderLinks {\n        id\n        url\n        status\n        createdAt\n        expiresAt\n        viewCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderLinks($orderId: ID!) {\n    order(id: $orderId) {\n      id\n      orderLinks {\n        id\n        url\n        status\n        createdAt\n        expiresAt\n        viewCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrderLink($orderId: ID!) {\n    createOrderLink(orderId: $orderId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrderLink($orderId: ID!) {\n    createOrderLink(orderId: $orderId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateOrderLink($linkId: ID!) {\n    regenerateOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateOrderLink($linkId: ID!) {\n    regenerateOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOrderLink($linkId: ID!) {\n    revokeOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeOrderLink($linkId: ID!) {\n    revokeOrderLink(linkId: $linkId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: String, $status: OutboxStatus) {\n    outbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n          consignment {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int, $after: String, $status: OutboxStatus) {\n    outbox(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n          consignment {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n      lastError\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($after: String) {\n    apiKeysConnection(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          createdAt\n          revokedAt\n          expiresAt\n          lastUsedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($after: String) {\n    apiKeysConnection(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          createdAt\n          revokedAt\n          expiresAt\n          lastUsedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, expiresAt: $expiresAt) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, expiresAt: $expiresAt) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n    }\n  }\n"): (typeof documents)["\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineCustomField($key: String!, $label: String!) {\n    defineCustomField(key: $key, label: $label) {\n      id\n      key\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation DefineCustomField($key: String!, $label: String!) {\n    defineCustomField(key: $key, label: $label) {\n      id\n      key\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomField($key: String!) {\n    deleteCustomField(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomField($key: String!) {\n    deleteCustomField(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsDrivers {\n    drivers {\n      id\n      name\n      phone\n      vehiclePlate\n      deviceKeyCreatedAt\n      deviceAppUrl\n    }\n  }\n"): (typeof documents)["\n  query SettingsDrivers {\n    drivers {\n      id\n      name\n      phone\n      vehiclePlate\n      deviceKeyCreatedAt\n      deviceAppUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDriverDeviceKey($driverId: ID!) {\n    createDriverDeviceKey(driverId: $driverId) {\n      deviceKey\n      url\n      driver {\n        id\n        deviceKeyCreatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDriverDeviceKey($driverId: ID!) {\n    createDriverDeviceKey(driverId: $driverId) {\n      deviceKey\n      url\n      driver {\n        id\n        deviceKeyCreatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDriverDeviceKey($driverId: ID!) {\n    revokeDriverDeviceKey(driverId: $driverId) {\n      id\n      deviceKeyCreatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDriverDeviceKey($driverId: ID!) {\n    revokeDriverDeviceKey(driverId: $driverId) {\n      id\n      deviceKeyCreatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDriver($input: CreateDriverInput!) {\n    createDriver(input: $input) {\n      token\n      driver {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDriver($input: CreateDriverInput!) {\n    createDriver(input: $input) {\n      token\n      driver {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedSignIns($after: String) {\n    loginAttemptsConnection(failedOnly: true, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          ip\n          outcome\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedSignIns($after: String) {\n    loginAttemptsConnection(failedOnly: true, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          ip\n          outcome\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettings on Tenant {\n    id\n    name\n    logoUrl\n    brandColor\n    country\n    defaultLanguage\n    timezone\n    linkLifetimeDays\n    positionRetentionDays\n    deliveredTrackRetentionDays\n    autoCreateLinks\n    inTransitOnPickupDeparture\n    offerDeliveredOnArrival\n    orderLinksEnabled\n    trackingIntegrationEnabled\n  }\n"): (typeof documents)["\n  fragment TenantSettings on Tenant {\n    id\n    name\n    logoUrl\n    brandColor\n    country\n    defaultLanguage\n    timezone\n    linkLifetimeDays\n    positionRetentionDays\n    deliveredTrackRetentionDays\n    autoCreateLinks\n    inTransitOnPickupDeparture\n    offerDeliveredOnArrival\n    orderLinksEnabled\n    trackingIntegrationEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTenantSettings {\n    myTenant {\n      ...TenantSettings\n    }\n  }\n"): (typeof documents)["\n  query MyTenantSettings {\n    myTenant {\n      ...TenantSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMissingOrderLinks {\n    createMissingOrderLinks {\n      created\n      more\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMissingOrderLinks {\n    createMissingOrderLinks {\n      created\n      more\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n      previousSecretExpiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n      previousSecretExpiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      internal\n      consecutiveFailures\n      disabledAt\n      disabledReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          messageId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          payload\n          createdAt\n          deliveredAt\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          messageId\n          eventType\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          payload\n          createdAt\n          deliveredAt\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackingLinkItem on TrackingLink {\n    id\n    url\n    status\n    recipientEmail\n    createdAt\n    expiresAt\n    explicitExpiresAt\n    revokedAt\n    viewCount\n    lastViewedAt\n    photoIds\n    overrides {\n      ...SectionChoices\n    }\n    auditLog {\n      id\n      action\n      actor\n      at\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment TrackingLinkItem on TrackingLink {\n    id\n    url\n    status\n    recipientEmail\n    createdAt\n    expiresAt\n    explicitExpiresAt\n    revokedAt\n    viewCount\n    lastViewedAt\n    photoIds\n    overrides {\n      ...SectionChoices\n    }\n    auditLog {\n      id\n      action\n      actor\n      at\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrackingLink($consignmentId: ID!, $input: TrackingLinkInput) {\n    createTrackingLink(consignmentId: $consignmentId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrackingLink($consignmentId: ID!, $input: TrackingLinkInput) {\n    createTrackingLink(consignmentId: $consignmentId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrackingLink($linkId: ID!, $input: TrackingLinkInput!) {\n    updateTrackingLink(linkId: $linkId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrackingLink($linkId: ID!, $input: TrackingLinkInput!) {\n    updateTrackingLink(linkId: $linkId, input: $input) {\n      ...TrackingLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTrackingLink($linkId: ID!) {\n    revokeTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrackingLink($linkId: ID!) {\n    revokeTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateTrackingLink($linkId: ID!) {\n    regenerateTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateTrackingLink($linkId: ID!) {\n    regenerateTrackingLink(linkId: $linkId) {\n      ...TrackingLinkItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackingLinkQrCodes($consignmentId: ID!) {\n    consignment(id: $consignmentId) {\n      id\n      trackingLinks {\n        id\n        qrSvg: qrCode(format: SVG)\n        qrPng: qrCode(format: PNG)\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackingLinkQrCodes($consignmentId: ID!) {\n    consignment(id: $consignmentId) {\n      id\n      trackingLinks {\n        id\n        qrSvg: qrCode(format: SVG)\n        qrPng: qrCode(format: PNG)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactTaskFields on ContactTask {\n    id\n    name\n    level\n    trigger\n    triggerStatus\n    recipient\n    fixedEmail\n    subject\n    body\n    enabled\n  }\n"): (typeof documents)["\n  fragment ContactTaskFields on ContactTask {\n    id\n    name\n    level\n    trigger\n    triggerStatus\n    recipient\n    fixedEmail\n    subject\n    body\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTasks {\n    contactTasks {\n      ...ContactTaskFields\n    }\n    myTenant {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n"): (typeof documents)["\n  query ContactTasks {\n    contactTasks {\n      ...ContactTaskFields\n    }\n    myTenant {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactTask($input: ContactTaskInput!) {\n    createContactTask(input: $input) {\n      ...ContactTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContactTask($input: ContactTaskInput!) {\n    createContactTask(input: $input) {\n      ...ContactTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactTask($id: ID!, $input: ContactTaskInput!) {\n    updateContactTask(id: $id, input: $input) {\n      ...ContactTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactTask($id: ID!, $input: ContactTaskInput!) {\n    updateContactTask(id: $id, input: $input) {\n      ...ContactTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactTaskEnabled($id: ID!, $enabled: Boolean!) {\n    setContactTaskEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactTaskEnabled($id: ID!, $enabled: Boolean!) {\n    setContactTaskEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactTask($id: ID!) {\n    deleteContactTask(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteContactTask($id: ID!) {\n    deleteContactTask(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionChoices on SectionChoices {\n    showStatus\n    showProgress\n    showStopReferences\n    showEstimatedTimes\n    showCargo\n    showPalletScans\n    showMap\n    showDriverPosition\n    showCustomerReference\n    showContainerNumber\n    showTransportService\n    showCustomFields\n    showExtraFields\n    showNotes\n    showPhotos\n    showFeedback\n    showProofOfDelivery\n  }\n"): (typeof documents)["\n  fragment SectionChoices on SectionChoices {\n    showStatus\n    showProgress\n    showStopReferences\n    showEstimatedTimes\n    showCargo\n    showPalletScans\n    showMap\n    showDriverPosition\n    showCustomerReference\n    showContainerNumber\n    showTransportService\n    showCustomFields\n    showExtraFields\n    showNotes\n    showPhotos\n    showFeedback\n    showProofOfDelivery\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackingLinkTemplate {\n    trackingLinkTemplate {\n      ...SectionChoices\n    }\n  }\n"): (typeof documents)["\n  query TrackingLinkTemplate {\n    trackingLinkTemplate {\n      ...SectionChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {\n    updateTrackingLinkTemplate(input: $input) {\n      ...SectionChoices\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {\n    updateTrackingLinkTemplate(input: $input) {\n      ...SectionChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTemplates {\n    customers {\n      id\n      name\n      email\n    }\n    customerTrackingLinkTemplates {\n      customer {\n        id\n        name\n      }\n      ...SectionChoices\n    }\n  }\n"): (typeof documents)["\n  query CustomerTemplates {\n    customers {\n      id\n      name\n      email\n    }\n    customerTrackingLinkTemplates {\n      customer {\n        id\n        name\n      }\n      ...SectionChoices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerTrackingLinkTemplate($input: CustomerTemplateInput!) {\n    setCustomerTrackingLinkTemplate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomerTrackingLinkTemplate($input: CustomerTemplateInput!) {\n    setCustomerTrackingLinkTemplate(input: $input) {\n      customer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomerTrackingLinkTemplate($customerId: ID!) {\n    deleteCustomerTrackingLinkTemplate(customerId: $customerId)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomerTrackingLinkTemplate($customerId: ID!) {\n    deleteCustomerTrackingLinkTemplate(customerId: $customerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewConsignments {\n    consignments(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          order {\n            id\n            customer {\n              id\n              name\n            }\n          }\n          trackingLinks {\n            id\n            url\n            status\n            recipientEmail\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewConsignments {\n    consignments(first: 50) {\n      edges {\n        node {\n          id\n          reference\n          order {\n            id\n            customer {\n              id\n              name\n            }\n          }\n          trackingLinks {\n            id\n            url\n            status\n            recipientEmail\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($after: String) {\n    tenantsConnection(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          timezone\n          trackingIntegrationEnabled\n          billingStatus\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants($after: String) {\n    tenantsConnection(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          country\n          timezone\n          trackingIntegrationEnabled\n          billingStatus\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTrackingIntegration($tenantId: ID!, $enabled: Boolean!) {\n    setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetTrackingIntegration($tenantId: ID!, $enabled: Boolean!) {\n    setTrackingIntegration(tenantId: $tenantId, enabled: $enabled) {\n      id\n      trackingIntegrationEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantBillingStatus($tenantId: ID!, $status: BillingStatus!) {\n    setTenantBillingStatus(tenantId: $tenantId, status: $status) {\n      id\n      billingStatus\n    }\n  }\n"): (typeof documents)["\n  mutation SetTenantBillingStatus($tenantId: ID!, $status: BillingStatus!) {\n    setTenantBillingStatus(tenantId: $tenantId, status: $status) {\n      id\n      billingStatus\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;