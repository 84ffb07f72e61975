import { entityIcons, type EntityKind } from './entity-icons';
import { ListRow } from './list-row';

/** A plain list of names (a group's members, a user's devices) with its empty message. */
export const NameList = ({
  label,
  kind,
  items,
  emptyText,
}: {
  label: string;
  kind: EntityKind;
  items: { id: string; name: string; detail?: string }[] | undefined;
  emptyText: string;
}) => {
  if (!items) return null;
  if (items.length === 0) return <p className="tab-message">{emptyText}</p>;
  return (
    <ul className="plain-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="plain-row">
          <ListRow icon={entityIcons[kind]} primary={item.name} trailing={item.detail} />
        </li>
      ))}
    </ul>
  );
};
