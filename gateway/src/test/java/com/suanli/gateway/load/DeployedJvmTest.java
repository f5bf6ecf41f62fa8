package com.suanli.gateway.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What GatewayLoad checks its JVM against is what the launcher gives the gateway in front of a cluster. */
class DeployedJvmTest {

    @Test
    void theLauncherGivesTheClusterGatewayTheFileGatewayLoadReads() throws IOException {
        String desk = Files.readString(Path.of("..", "desk"));
        int gateway = desk.indexOf("    gateway) ");
        assertTrue(gateway > 0, "desk has a gateway case");
        String gatewayCase = desk.substring(gateway, desk.indexOf(";;", gateway));
        assertTrue(gatewayCase.contains("--cluster") && gatewayCase.contains("@$root/" + DeployedJvm.FILES.get(1)),
                gatewayCase);
        String javaPick = Files.readString(Path.of("..", "desktop", "src", "jvm", "java.sh"));
        assertTrue(javaPick.contains("desk_java_args=(\"@$root/" + DeployedJvm.FILES.get(0) + "\")"),
                "desk.args for every desk JVM");
    }

    @Test
    void theDeployedOptionsAreTheDesksThenTheGatewaysInOrder() {
        List<String> options = DeployedJvm.options();
        assertTrue(options.contains("-XX:+UseG1GC"), options.toString());
        int young = options.indexOf("-XX:G1NewSizePercent=25");
        assertTrue(young > options.indexOf("-XX:+UnlockExperimentalVMOptions") && young > options.indexOf(
                "-XX:+UseG1GC"), options.toString());
    }
}
