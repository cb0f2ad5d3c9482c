import type { FrpTestHook } from '../src/ui/test-hook';

declare global {
  interface Window { __frp?: FrpTestHook }
}
