package be.foyer.launcher;

import be.foyer.launcher.process.LauncherException;
import be.foyer.launcher.process.PlatformSettings;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code java -jar infra/launcher/target/launcher.jar up [--repo-root DIR] [--state-dir DIR] [--port-offset N]
 * [--no-apps] [--no-demo-data]}: starts the platform, prints where to log in, runs until Ctrl-C.
 * Exit code 1 with one line on a known failure.
 */
public final class FoyerLauncher {

    private FoyerLauncher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("up")) {
            System.err.println(usage());
            System.exit(args.length == 0 ? 0 : 2);
            return;
        }
        PlatformSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        System.exit(up(settings));
    }

    static String usage() {
        return "usage: launcher up [--repo-root DIR] [--state-dir DIR] [--port-offset N] [--no-apps] [--no-demo-data]";
    }

    static PlatformSettings parse(String[] args) {
        Path repoRoot = Path.of("").toAbsolutePath();
        Path stateDir = null;
        int offset = 0;
        boolean apps = true;
        boolean demo = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--repo-root" -> repoRoot = Path.of(value(args, ++i));
                case "--state-dir" -> stateDir = Path.of(value(args, ++i));
                case "--port-offset" -> {
                    try {
                        offset = Integer.parseInt(value(args, ++i));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port-offset needs a number");
                    }
                }
                case "--no-apps" -> apps = false;
                case "--no-demo-data" -> demo = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PlatformSettings settings = PlatformSettings.of(repoRoot).withPortOffset(offset).withApps(apps).withDemoData(demo);
        return stateDir == null ? settings : settings.withStateDir(stateDir);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static int up(PlatformSettings settings) {
        System.out.println("Starting Foyer (state " + settings.stateDir() + ", logs in " + settings.logDir() + ")");
        LocalPlatform platform = LocalPlatform.prepare(settings);
        AtomicReference<LocalPlatform> running = new AtomicReference<>(platform);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LocalPlatform started = running.get();
            if (started != null) {
                System.out.println("\nStopping Foyer...");
                started.close();
                System.out.println("Stopped.");
            }
            stopped.countDown();
        }, "foyer-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            platform.startOrClose();
        } catch (LauncherException e) {
            running.set(null);
            System.err.println("ERROR " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            running.set(null);
            System.err.println("ERROR unexpected: " + e + " (details in " + settings.logDir() + ")");
            return 1;
        }
        platform.printSummary();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
