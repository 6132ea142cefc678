import { CargoLine } from '../modules/consignments/cargo-line.entity';
import { Consignment } from '../modules/consignments/consignment.entity';
import { CustomFieldDefinition } from '../modules/consignments/custom-field.entity';
import { Note } from '../modules/consignments/note.entity';
import { Photo } from '../modules/consignments/photo.entity';
import { Stop } from '../modules/consignments/stop.entity';
import { RecipientFeedback } from '../modules/feedback/recipient-feedback.entity';
import { ProofOfDeliveryImage, ProofOfDeliveryRecord } from '../modules/proof-of-delivery/proof-of-delivery.entity';
import { DriverPositionRecord } from '../modules/drivers/driver-position.entity';
import { Driver } from '../modules/drivers/driver.entity';
import { Customer } from '../modules/orders/customer.entity';
import { Order } from '../modules/orders/order.entity';
import { PalletScan } from '../modules/pallet-scans/pallet-scan.entity';
import { TrackingLinkTemplateRecord } from '../modules/templates/tracking-link-template.entity';
import { Tenant } from '../modules/tenants/tenant.entity';
import { TrackingLinkEvent } from '../modules/tracking-links/tracking-link-event.entity';
import { OrderLink } from '../modules/tracking-links/order-link.entity';
import { TrackingLink } from '../modules/tracking-links/tracking-link.entity';
import { ApiKey } from '../modules/users/api-key.entity';
import { LoginAttempt } from '../modules/users/login-attempt.entity';
import { Session } from '../modules/users/session.entity';
import { User } from '../modules/users/user.entity';
import { ContactTask } from '../modules/tasks/contact-task.entity';
import { OutboxMessage } from '../modules/outbox/outbox-message.entity';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';

export const entities = [
  RecipientFeedback,
  ProofOfDeliveryRecord,
  ProofOfDeliveryImage,
  Tenant,
  User,
  Session,
  ApiKey,
  LoginAttempt,
  Driver,
  DriverPositionRecord,
  Customer,
  Order,
  Consignment,
  Stop,
  CargoLine,
  Note,
  Photo,
  CustomFieldDefinition,
  PalletScan,
  TrackingLink,
  TrackingLinkEvent,
  OrderLink,
  TrackingLinkTemplateRecord,
  ContactTask,
  OutboxMessage,
  WebhookEndpoint,
  WebhookDelivery,
];
