package org.losslandscape.view.app;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartupReportTest {

    @Test
    void reportMeasuresFromLauncherWhenKnown() {
        String line = StartupReport.jsonLine(40, 10_000, 10_400, OptionalLong.of(8_800), OptionalLong.of(8_500));

        assertEquals("{\"name\":\"startup\",\"size\":40,\"median_ms\":1500,\"p99_ms\":1500,\"samples\":1,"
                + "\"from_jvm_ms\":1200,\"from_launcher_ms\":1500,\"training_panel_ms\":1900}", line);
    }

    @Test
    void reportMeasuresFromJvmWithoutLauncher() {
        String line = StartupReport.jsonLine(40, 10_000, 10_000, OptionalLong.of(8_800), OptionalLong.empty());

        assertEquals("{\"name\":\"startup\",\"size\":40,\"median_ms\":1200,\"p99_ms\":1200,\"samples\":1,"
                + "\"from_jvm_ms\":1200,\"training_panel_ms\":1200}", line);
    }

    @Test
    void launcherStartIgnoresMissingOrInvalidValue() {
        assertEquals(OptionalLong.of(1_700_000_000_123L),
                StartupReport.launcherStart(Map.of(StartupReport.LAUNCH_VARIABLE, "1700000000123\n")));
        assertEquals(OptionalLong.empty(), StartupReport.launcherStart(Map.of()));
        assertEquals(OptionalLong.empty(), StartupReport.launcherStart(Map.of(StartupReport.LAUNCH_VARIABLE, "soon")));
    }
}
