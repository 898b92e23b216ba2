package be.foyer.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process started by the launcher, its output appended to one log file. */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long startedAt;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.startedAt = System.nanoTime();
    }

    /** Starts {@code command} in {@code workDir}, output (stdout and stderr) appended to {@code logFile}. */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
                                       Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(env);
            Files.writeString(logFile, "\n===== " + java.time.LocalDateTime.now() + " " + String.join(" ", command) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new LauncherException("Could not start " + name + " (" + command.get(0) + "): " + e.getMessage());
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    public long startedAtNanos() {
        return startedAt;
    }

    /** Throws the "exited" line when the process is gone. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new LauncherException(name + " exited with code " + process.exitValue() + " during start: see " + logFile);
        }
    }

    /**
     * Stops the process and all its descendants (kc.sh starts a java child): SIGTERM to all, then, after the grace
     * period, SIGKILL to what is left.
     */
    public void stop(long graceSeconds) {
        List<ProcessHandle> all = new ArrayList<>();
        process.toHandle().descendants().forEach(all::add);
        all.add(process.toHandle());
        // Deepest first is not needed for SIGTERM: every one gets it at once, the JVMs run their shutdown hooks.
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception ignored) {
                    // killed below
                }
            }
        }
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more to do
            }
        }
    }
}
