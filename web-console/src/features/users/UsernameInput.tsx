import { AutoComplete } from 'antd';
import { useDeferredValue } from 'react';
import { useUserList } from './useUsers';

interface UsernameInputProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** Free text for a user or service account name, suggesting users that match what is typed. */
export function UsernameInput({ id, value = '', onChange }: UsernameInputProps) {
  const q = useDeferredValue(value);
  const { data } = useUserList({ q, page: 0, size: 10 });
  const options = (data?.content ?? []).map((user) => ({ value: user.username, label: `${user.username} · ${user.displayName}` }));
  return <AutoComplete id={id} value={value} onChange={onChange} options={options} placeholder="username" style={{ minWidth: 220 }} />;
}
