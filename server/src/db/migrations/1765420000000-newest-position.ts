import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `newest_driver_position(driver, cutoff)`: a driver's newest position recorded at or after
 * `cutoff`, read as the public page, its cache key and the staff's latest positions read it.
 *
 * A plain `ORDER BY recorded_at DESC LIMIT 1` over the week partitions of driver_positions
 * probes every partition the cutoff leaves in (57 for a year's retention), and because the cutoff
 * is the tenant's (a sub-select), PostgreSQL can prune only after it has opened all of them: on a
 * year of data that made the page's one statement 2× slower than on an empty database. Here the
 * cutoff arrives as a parameter, so the partitions outside the window are pruned before they are
 * opened, and the last day is looked at first (where a driver on the way always has a position);
 * only a driver with nothing in the last day costs a look at the whole window.
 */
export class NewestPosition1765420000000 implements MigrationInterface {
  name = 'NewestPosition1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION newest_driver_position(p_driver uuid, p_cutoff timestamptz) RETURNS SETOF driver_positions
      LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
      BEGIN
        RETURN QUERY SELECT * FROM driver_positions
          WHERE driver_id = p_driver AND recorded_at >= greatest(p_cutoff, now() - interval '1 day')
          ORDER BY recorded_at DESC, client_key DESC LIMIT 1;
        IF NOT FOUND THEN
          RETURN QUERY SELECT * FROM driver_positions
            WHERE driver_id = p_driver AND recorded_at >= p_cutoff AND recorded_at < greatest(p_cutoff, now() - interval '1 day')
            ORDER BY recorded_at DESC, client_key DESC LIMIT 1;
        END IF;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION newest_driver_position(uuid, timestamptz)');
  }
}
