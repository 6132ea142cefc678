import { useId, type ReactNode } from 'react';

/** A titled region of the page: <section> named by its <h2>. */
export function Section({
  title,
  className,
  children,
  headingClassName,
}: {
  title: string;
  className?: string;
  headingClassName?: string;
  children: (headingId: string) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={`tp-card ${className ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {children(headingId)}
    </section>
  );
}

/** Label/value pairs; values that are null or blank are left out. */
export function FieldList({ fields }: { fields: { label: string; value: string | null | undefined }[] }) {
  const shown = fields.filter((field): field is { label: string; value: string } => !!field.value?.trim());
  if (shown.length === 0) return null;
  return (
    <dl className="tp-fields">
      {shown.map((field, index) => (
        <div className="tp-fields__item" key={`${index}-${field.label}`}>
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface TableColumn {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A section's table, named by the section's heading. The roles stay explicit because the
 * phone layout shows each row as a block, which would otherwise drop the table semantics.
 */
export function SectionTable({
  labelledBy,
  columns,
  children,
  footer,
}: {
  labelledBy: string;
  columns: TableColumn[];
  /** The body's rows. */
  children: ReactNode;
  /** Rows of a <tfoot>, if any. */
  footer?: ReactNode;
}) {
  return (
    <div className="tp-table-scroll">
      <table className="tp-table" role="table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column, index) => (
              <th key={index} role="columnheader" scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
        {footer && <tfoot role="rowgroup">{footer}</tfoot>}
      </table>
    </div>
  );
}

export function hasItems<T>(list: readonly T[] | null | undefined): list is readonly T[] {
  return !!list && list.length > 0;
}
