import { Card } from 'antd';
import { useState, type ComponentType, type ReactNode } from 'react';
import { NewButton } from './NewButton';

/** The "New …" button of a list page and the modal form it opens. */
export interface ListPageCreation {
  label: string;
  /** data-testid of the button. */
  testId: string;
  /** Mounted only while open; closes itself through `onClose`. */
  modal: ComponentType<{ onClose: () => void }>;
}

interface ListPageCardProps {
  title: string;
  creation: ListPageCreation;
  /** Whether the user may create items, i.e. sees the "New …" button; true unless said otherwise. */
  canCreate?: boolean;
  children: ReactNode;
}

/** A list page's card: its title, the "New …" button at the top right, the list, and the creation modal while open. */
export function ListPageCard({ title, creation, canCreate = true, children }: ListPageCardProps) {
  const [creating, setCreating] = useState(false);
  const CreationModal = creation.modal;
  return (
    <Card title={title} extra={canCreate && <NewButton label={creation.label} testId={creation.testId} onClick={() => setCreating(true)} />}>
      {children}
      {creating && <CreationModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
