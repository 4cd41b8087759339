package org.ptce.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the launcher finds what the build made: the services' jars, the broker's classpath, the seeds. */
record RepositoryLayout(Path root) {

    /** The repository this launcher was built in, found by walking up from its own jar or classes. */
    static RepositoryLayout ofThisBuild() {
        try {
            Path start = Path.of(RepositoryLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("services"))
                        && Files.isDirectory(dir.resolve("deploy"))) {
                    return new RepositoryLayout(dir);
                }
            }
            throw new IllegalStateException("The launcher must run from the repository it was built in; "
                    + "no repository root above " + start);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path serviceJar(String service) {
        return root.resolve("services").resolve(service).resolve("target").resolve(service + ".jar");
    }

    Path kafkaClasspath() {
        return root.resolve("deploy/kafka-broker/target/lib");
    }

    Path seeds() {
        return root.resolve("seeds");
    }

    Path defaultDataDirectory() {
        return root.resolve(".platform-data");
    }
}
