-- Floor of scenario B: a page of the session's tenant's consignments with their stops, the
-- total and the page info, in one statement (session check included). $1: the session
-- token's hash; $2: the page size. The same JSON as the product's answer.
WITH me AS (
  SELECT u.tenant_id FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > now() AND u.tenant_id IS NOT NULL
),
page AS (
  SELECT c.id, c.reference, c.status, c.updated_at, c.created_at,
         rtrim(translate(encode(convert_to('c:' || c.id, 'UTF8'), 'base64'), '+/', '-_'), '=') AS cursor,
         row_number() OVER (ORDER BY c.created_at DESC, c.id DESC) AS n
    FROM consignments c JOIN me ON c.tenant_id = me.tenant_id
   WHERE c.deleted_at IS NULL
   ORDER BY c.created_at DESC, c.id DESC
   LIMIT $2 + 1
)
SELECT (SELECT count(*) FROM me) AS authorized,
  json_build_object('data', json_build_object('consignments', json_build_object(
    'totalCount', (SELECT count(*) FROM consignments c JOIN me ON c.tenant_id = me.tenant_id WHERE c.deleted_at IS NULL),
    'pageInfo', json_build_object(
      'hasNextPage', (SELECT count(*) FROM page) > $2,
      'endCursor', (SELECT cursor FROM page WHERE n <= $2 ORDER BY n DESC LIMIT 1)),
    'edges', (SELECT coalesce(json_agg(json_build_object('cursor', pg.cursor, 'node', json_build_object(
                 'id', pg.id, 'reference', pg.reference, 'status', pg.status,
                 'updatedAt', to_char(pg.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'stops', (SELECT coalesce(json_agg(json_build_object(
                              'id', s.id, 'sequence', s.sequence, 'type', s.type, 'name', s.name,
                              'latitude', s.latitude, 'longitude', s.longitude,
                              'plannedArrival', to_char(s.planned_arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                              'estimatedArrival', to_char(s.estimated_arrival AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                            ORDER BY s.sequence), '[]')
                             FROM stops s WHERE s.consignment_id = pg.id)))
               ORDER BY pg.n), '[]')
                FROM page pg WHERE pg.n <= $2)
  ))) AS body
