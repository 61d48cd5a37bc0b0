package uk.gov.lga.platform.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process with its output in a log file, stopped together with every process it started. */
public final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
                                       Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to completion; fails with the tail of its log when it exits non-zero. */
    public static void run(String name, List<String> command, Path workDir, Map<String, String> env, Path log,
                           long timeoutSeconds) {
        try (ManagedProcess p = start(name, command, workDir, env, log)) {
            if (!p.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not finish in " + timeoutSeconds + " s; see " + log);
            }
            if (p.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + p.process.exitValue()
                        + "; see " + log + "\n" + p.logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The resident memory of the process and its children, in MiB (Linux /proc), or -1. */
    public long residentMiB() {
        long kib = 0;
        for (ProcessHandle h : java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()),
                process.descendants()).toList()) {
            kib += ProcessStatus.residentKiB(h.pid());
        }
        return kib / 1024;
    }

    /** CPU time used so far by the process and its descendants (those still running). */
    public java.time.Duration cpuTime() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .map(h -> h.info().totalCpuDuration().orElse(java.time.Duration.ZERO))
                .reduce(java.time.Duration.ZERO, java.time.Duration::plus);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the process tree to stop, then forces whatever is still running after the grace period. */
    @Override
    public void close() {
        List<ProcessHandle> tree = java.util.stream.Stream.concat(process.descendants(), java.util.stream.Stream.of(process.toHandle()))
                .toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }
}
