/** A plain list of names (a group's members, a user's devices) with its empty message. */
export const NameList = ({
  label,
  items,
  emptyText,
}: {
  label: string;
  items: { id: string; name: string; detail?: string }[] | undefined;
  emptyText: string;
}) => {
  if (!items) return null;
  if (items.length === 0) return <p className="tab-message">{emptyText}</p>;
  return (
    <ul className="plain-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="plain-row">
          <span className="row-primary">{item.name}</span>
          {item.detail && <span className="row-secondary">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
};
