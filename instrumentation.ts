/** Next calls this once when a server process starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startScheduledPublishing } = await import('./lib/updates/scheduler');
  startScheduledPublishing();
}
