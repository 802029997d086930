import { gkConfig } from '@gk/eslint-config';

export default gkConfig({ tsconfigRootDir: import.meta.dirname });
