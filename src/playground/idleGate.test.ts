import { IdleGate } from './idleGate';

describe('waiting for the task pane to finish its task', () => {
  it('goes on at once when the pane is idle', async () => {
    await expect(new IdleGate().whenIdle()).resolves.toBeUndefined();
  });

  it('holds every waiter until the running task ends, then lets them all go', async () => {
    const gate = new IdleGate();
    gate.setBusy(true);
    const order: string[] = [];
    const first = gate.whenIdle().then(() => order.push('open'));
    const second = gate.whenIdle().then(() => order.push('reset'));
    await Promise.resolve();
    expect(order).toEqual([]);
    order.push('task ends');
    gate.setBusy(false);
    await Promise.all([first, second]);
    expect(order).toEqual(['task ends', 'open', 'reset']);
    expect(gate.isBusy()).toBe(false);
  });
});
