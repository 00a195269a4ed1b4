/**
 * Started by the launcher (`npm start`), the app stops by itself when the launcher is gone
 * (killed, or its terminal closed), so that no server is left behind holding the port.
 */
export function stopWithLauncher(env: NodeJS.ProcessEnv = process.env): void {
	const launcher = Number(env.MIASTA_OTWARTE_LAUNCHER_PID);
	if (!launcher) return;
	const watch = setInterval(() => {
		if (process.ppid === launcher) return;
		clearInterval(watch);
		process.kill(process.pid, 'SIGTERM'); // adapter-node's graceful shutdown
	}, 500);
	watch.unref();
}
