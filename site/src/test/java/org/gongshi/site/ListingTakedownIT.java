package org.gongshi.site;

import static org.gongshi.site.ListingFixture.BUREAU;
import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.gongshi.site.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An operator removes a listing with the CLI while the site runs on the same data: within a second it is gone from
 * the query, its page (410), the general search, 政务失信 and the API.
 */
class ListingTakedownIT {
    @TempDir
    Path data;

    @Test
    void aListingRemovedByTheCommandDisappearsEverywhereWithinASecond() throws InterruptedException {
        Map<String, String> ids = ListingFixture.load(data);
        try (RunningSite site = RunningSite.startWithDemo(data)) {
            String url = "/listings/" + ids.get(BUREAU);
            awaitTrue(() -> site.get("/api/v1/search?q=" + encode(BUREAU)).body().contains(url)
                    && site.get("/listings?name=" + encode(BUREAU)).body().contains(url), 5_000);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Cli.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            int exitCode = commandLine.execute("listing", "remove", "〔2023〕京0105执3001号", "--ground", "3",
                    "--data", data.toString(), "--actor", "测试员");
            assertEquals(0, exitCode, out + " / " + err);
            assertTrue(out.toString().contains(BUREAU), out.toString());
            long removedAt = System.nanoTime();

            assertEquals(410, site.get(url).statusCode());
            awaitTrue(() -> !site.get("/listings?name=" + encode(BUREAU)).body().contains(url)
                    && !site.get("/api/v1/listings?name=" + encode(BUREAU)).body().contains(url)
                    && !site.get("/api/v1/search?q=" + encode(BUREAU)).body().contains(url)
                    && !site.get("/search?q=" + encode(BUREAU)).body().contains(url)
                    && !site.get("/government-credit").body().contains(url)
                    && !site.get("/").body().contains(url), 1_000 - (System.nanoTime() - removedAt) / 1_000_000);

            String gone = site.get(url).body();
            assertFalse(gone.contains(BUREAU) || gone.contains("琥珀王"), "the 410 page shows nothing of it: " + gone);
            assertTrue(VisibleText.of(gone).contains("该信息已不再公示"), gone);
            String ledger = VisibleText.of(site.get("/government-credit").body().replaceAll("</t[hd]>", " "));
            assertTrue(ledger.replaceAll("\\s+", " ").contains("合计 1 1,000.50"), "the ledger no longer counts it");

            StringWriter again = new StringWriter();
            commandLine.setErr(new PrintWriter(again));
            assertEquals(1, commandLine.execute("listing", "remove", "（2023）京0105执3001号", "--ground", "履行完毕",
                    "--data", data.toString()));
            assertEquals(1, again.toString().strip().lines().count(), again.toString());
        }
    }

    private static void awaitTrue(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, millis) * 1_000_000;
        boolean met = condition.getAsBoolean();
        while (!met && System.nanoTime() < deadline) {
            Thread.sleep(25);
            met = condition.getAsBoolean();
        }
        assertTrue(met, "within " + millis + " ms");
    }
}
