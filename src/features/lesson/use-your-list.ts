// The client's list as the lesson's later steps read it: parsed, with its goal marks.
import { useMemo } from 'react';
import { parseWrittenList } from '../../domain/written-list';
import { sandboxItems } from './sandbox-items';
import { useSandbox } from './sandbox-store';

export function useYourList() {
  const sandbox = useSandbox();
  return useMemo(() => {
    const parsed = parseWrittenList(sandbox.text);
    const items = parsed.ok ? sandboxItems(parsed.items, sandbox) : [];
    return { sandbox, parsed, items };
  }, [sandbox]);
}

export type YourList = ReturnType<typeof useYourList>;
