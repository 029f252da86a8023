import { Init1795319948819 } from './1795319948819-Init';
import { Marketplace1795320667412 } from './1795320667412-Marketplace';

/** Every committed migration, in order (listed, not globbed, so they load the same from ts and js). */
export const MIGRATIONS = [Init1795319948819, Marketplace1795320667412];
