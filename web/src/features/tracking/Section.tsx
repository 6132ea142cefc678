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

export function hasItems<T>(list: readonly T[] | null | undefined): list is readonly T[] {
  return !!list && list.length > 0;
}
