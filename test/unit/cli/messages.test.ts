import { describe, expect, it } from 'vitest';
import { showControls } from '../../../src/cli/messages.js';

describe('showControls', () => {
  it('writes control, line break and bidirectional characters out, and nothing else', () => {
    expect(showControls('x\u001B]0;t\u0007\nnext\u202E\u009Bé')).toBe(
      'x\\x1B]0;t\\x07\\x0Anext\\u202E\\x9Bé',
    );
  });
});
