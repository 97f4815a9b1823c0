package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.iiifgenerator.storage.LocalFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's own folder in the local work area (the output's {@code .iiif-work}, {@code pipeline.work-dir} or the
 * temp folder), with a lock file beside it that the run holds while it lives. The operating system drops the lock
 * with the process, however it ends, so a lock that can be taken belongs to a run that was killed (SIGKILL, a
 * reclaimed Spot instance): the next run to start in the area removes what that run left.
 */
final class WorkFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolder.class);
    private static final String PREFIX = "run-";
    private static final String LOCK_SUFFIX = ".lock";

    private final Path path;
    private final Path lockFile;
    private final FileChannel lock;

    private WorkFolder(Path path, Path lockFile, FileChannel lock) {
        this.path = path;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * A new folder in {@code area}, after removing the folders of runs that died there. Another run that ends at
     * that moment may remove the area it found empty: it is made again.
     */
    static WorkFolder create(Path area) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return createIn(area);
            } catch (NoSuchFileException | FileAlreadyExistsException areaRemovedMeanwhile) {
                // (createDirectories says "already exists" when the area is removed between its two checks)
                if (attempt == 5) {
                    throw areaRemovedMeanwhile;
                }
            }
        }
    }

    private static WorkFolder createIn(Path area) throws IOException {
        Files.createDirectories(area);
        removeAbandoned(area);
        String name = PREFIX + UUID.randomUUID();
        Path lockFile = area.resolve(name + LOCK_SUFFIX);
        FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            lock.lock();
            return new WorkFolder(Files.createDirectory(area.resolve(name)), lockFile, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Removes the folder, and the work area too when no other run is using it. */
    @Override
    public void close() throws IOException {
        LocalFolders.deleteRecursively(path);
        lock.close();
        Files.deleteIfExists(lockFile);
        deleteIfEmpty(path.getParent());
    }

    private static void removeAbandoned(Path area) throws IOException {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(area, PREFIX + "*" + LOCK_SUFFIX)) {
            for (Path lockFile : locks) {
                if (isAbandoned(lockFile)) {
                    String name = lockFile.getFileName().toString();
                    Path folder = area.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length()));
                    LOG.info("Removing {}, left by a run that did not finish", folder);
                    LocalFolders.deleteRecursively(folder);
                    Files.deleteIfExists(lockFile);
                }
            }
        }
    }

    private static boolean isAbandoned(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return false;
        } catch (NoSuchFileException finishedMeanwhile) {
            return false;
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (NoSuchFileException alreadyGone) {
            // nothing to tidy
        } catch (DirectoryNotEmptyException anotherRunStarted) {
            // it is that run's area now
        }
    }
}
