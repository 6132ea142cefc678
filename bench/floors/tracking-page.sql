-- Floor of scenario A: the whole public page in one statement, view counted in the same one.
-- $1: the token's look-up hash; $2: the default template (jsonb); $3: whether to count the
-- view (the product counts a visitor's views of a link once per half hour). Same look-up, same
-- availability rules, same visibility resolution (default < tenant < customer < link) and
-- the same JSON, key for key, as the product's GraphQL answer.
WITH link AS (
  SELECT l.id AS link_id, l.photo_ids,
         c.id AS cid, c.reference, c.status, c.customer_reference, c.container_number, c.transport_service,
         c.custom_fields, c.extra_fields, c.driver_id, c.updated_at, c.tenant_id,
         t.name AS tenant_name, t.logo_url, t.brand_color, t.country, t.default_language, t.timezone,
         $2::jsonb || jsonb_strip_nulls(coalesce(tt.sections, '{}')) || jsonb_strip_nulls(coalesce(ct.sections, '{}'))
           || jsonb_strip_nulls(l.overrides) AS v,
         CASE WHEN ct.id IS NOT NULL THEN ct.custom_field_keys ELSE tt.custom_field_keys END AS field_keys,
         x.expires_at,
         CASE WHEN l.revoked_at IS NOT NULL OR c.deleted_at IS NOT NULL OR t.billing_status = 'LOCKED'
                   OR NOT t.tracking_integration_enabled THEN 'NOT_AVAILABLE'
              WHEN x.expires_at <= now() THEN 'EXPIRED' END AS unavailable
    FROM tracking_links l
    JOIN consignments c ON c.id = l.consignment_id
    JOIN tenants t ON t.id = l.tenant_id
    JOIN orders o ON o.id = c.order_id
    LEFT JOIN tracking_link_templates tt ON tt.tenant_id = t.id AND tt.customer_id IS NULL
    LEFT JOIN tracking_link_templates ct ON ct.tenant_id = t.id AND ct.customer_id = o.customer_id
    CROSS JOIN LATERAL (SELECT LEAST(c.updated_at + make_interval(hours => 24 * t.link_lifetime_days),
                                     COALESCE(l.expires_at, 'infinity')) AS expires_at) x
   WHERE l.token_hash = $1
),
viewed AS (
  UPDATE tracking_links SET view_count = view_count + 1, last_viewed_at = now()
   WHERE id = (SELECT link_id FROM link WHERE unavailable IS NULL) AND $3::boolean
),
p AS (
  SELECT link.*,
         (v->>'showStatus')::boolean AS show_status, (v->>'showProgress')::boolean AS show_progress,
         (v->>'showStopReferences')::boolean AS show_refs, (v->>'showEstimatedTimes')::boolean AS show_eta,
         (v->>'showCargo')::boolean AS show_cargo, (v->>'showPalletScans')::boolean AS show_scans,
         (v->>'showMap')::boolean AS show_map, (v->>'showDriverPosition')::boolean AS show_driver,
         (v->>'showCustomerReference')::boolean AS show_cref, (v->>'showContainerNumber')::boolean AS show_container,
         (v->>'showTransportService')::boolean AS show_service, (v->>'showCustomFields')::boolean AS show_fields,
         (v->>'showExtraFields')::boolean AS show_extra, (v->>'showNotes')::boolean AS show_notes,
         (v->>'showPhotos')::boolean AS show_photos
    FROM link
)
SELECT json_build_object('data', json_build_object('trackingPage',
  CASE WHEN p.unavailable IS NOT NULL THEN json_build_object(
    '__typename', 'TrackingUnavailable', 'reason', p.unavailable,
    'message', CASE p.unavailable WHEN 'EXPIRED' THEN 'This tracking link has expired' ELSE 'This tracking link is not available' END)
  ELSE json_build_object(
    '__typename', 'TrackingPage',
    'organization', json_build_object('name', p.tenant_name, 'logoUrl', p.logo_url, 'brandColor', p.brand_color,
        'locale', split_part(p.default_language, '-', 1) || '-' || p.country, 'timezone', p.timezone),
    'reference', p.reference,
    'status', CASE WHEN p.show_status THEN p.status END,
    'progress', CASE WHEN NOT p.show_progress THEN NULL
                     WHEN p.status = 'CANCELLED' THEN json_build_array('CANCELLED')
                     ELSE (SELECT coalesce(json_agg(f.s ORDER BY f.o), '[]')
                             FROM unnest(ARRAY['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED']) WITH ORDINALITY f(s, o)
                            WHERE f.o <= array_position(ARRAY['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'], p.status)) END,
    'stops', (SELECT coalesce(json_agg(json_build_object(
                 'type', s.type, 'name', s.name, 'address', s.address,
                 'latitude', CASE WHEN p.show_map THEN s.latitude END,
                 'longitude', CASE WHEN p.show_map THEN s.longitude END,
                 'timezone', s.timezone,
                 'reference', CASE WHEN p.show_refs THEN s.reference END,
                 'plannedArrival', to_char(s.planned_arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'plannedWindowEnd', to_char(s.planned_window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'estimatedArrival', CASE WHEN p.show_eta THEN to_char(s.estimated_arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
                 'actualArrival', to_char(s.actual_arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'actualDeparture', to_char(s.actual_departure AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
               ORDER BY s.sequence), '[]')
                FROM stops s WHERE s.consignment_id = p.cid),
    'cargo', CASE WHEN p.show_cargo THEN (SELECT coalesce(json_agg(json_build_object(
                 'description', g.description, 'quantity', g.quantity, 'packagingType', g.packaging_type, 'weightKg', g.weight_kg)
               ORDER BY g.sequence), '[]') FROM cargo_lines g WHERE g.consignment_id = p.cid) END,
    'palletScans', CASE WHEN p.show_scans THEN (SELECT coalesce(json_agg(json_build_object(
                 'palletBarcode', ps.pallet_barcode, 'event', ps.event,
                 'scannedAt', to_char(ps.scanned_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'stopName', st.name)
               ORDER BY ps.scanned_at, ps.id), '[]')
                FROM pallet_scans ps LEFT JOIN stops st ON st.id = ps.stop_id WHERE ps.consignment_id = p.cid) END,
    'customerReference', CASE WHEN p.show_cref THEN p.customer_reference END,
    'containerNumber', CASE WHEN p.show_container THEN p.container_number END,
    'transportService', CASE WHEN p.show_service THEN p.transport_service END,
    'customFields', CASE WHEN p.show_fields THEN (SELECT coalesce(json_agg(json_build_object(
                 'label', d.label, 'value', p.custom_fields->>d.key) ORDER BY d.key), '[]')
                FROM custom_field_definitions d
               WHERE d.tenant_id = p.tenant_id AND p.custom_fields ? d.key
                 AND (p.field_keys IS NULL OR d.key = ANY(p.field_keys))) END,
    'extraFields', CASE WHEN p.show_extra THEN (SELECT coalesce(json_agg(json_build_object(
                 'label', e.item->>'key', 'value', e.item->>'value') ORDER BY e.n), '[]')
                FROM jsonb_array_elements(p.extra_fields) WITH ORDINALITY e(item, n)) END,
    'notes', CASE WHEN p.show_notes THEN (SELECT coalesce(json_agg(n.text ORDER BY n.created_at), '[]')
                FROM consignment_notes n WHERE n.consignment_id = p.cid AND n.scope = 'CUSTOMER') END,
    'photos', CASE WHEN p.show_photos THEN (SELECT coalesce(json_agg(json_build_object(
                 'label', coalesce(ph.caption, ''), 'value', ph.url) ORDER BY ph.created_at), '[]')
                FROM consignment_photos ph
               WHERE ph.consignment_id = p.cid AND ph.customer_visible
                 AND (p.photo_ids IS NULL OR ph.id = ANY(p.photo_ids))) END,
    'showMap', p.show_map,
    'driverPosition', CASE WHEN p.show_driver AND p.show_map AND p.status = 'IN_TRANSIT' AND p.driver_id IS NOT NULL THEN
                (SELECT json_build_object('latitude', dp.latitude, 'longitude', dp.longitude, 'heading', dp.heading,
                        'recordedAt', to_char(dp.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   FROM driver_positions dp WHERE dp.driver_id = p.driver_id
                  ORDER BY dp.recorded_at DESC, dp.client_key DESC LIMIT 1) END,
    'lastUpdatedAt', to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'expiresAt', to_char(p.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
  END)) AS body
  FROM p
