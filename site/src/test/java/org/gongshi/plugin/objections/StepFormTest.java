package org.gongshi.plugin.objections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.ListingCorrection;
import org.gongshi.plugin.ListingView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step form with the site's own rules for amounts, over the listing as the host shows it to the plugin. */
class StepFormTest {
    private Optional<ListingView> listing;
    private InputChecks checks;

    @BeforeEach
    void listAndCheckAsTheSiteDoes(@TempDir Path directory) {
        Harness harness = new Harness(directory, new SettableClock(Instant.parse("2026-09-30T02:00:00Z")), false);
        listing = Optional.of(harness.listingView());
        checks = harness.context.inputChecks();
    }

    @Test
    void everyWrongFieldOfADecisionIsNamedInFormOrderAndEverythingTypedIsKept() {
        StepForm form = StepForm.read(Action.UPHOLD, Map.of("remedy", "CORRECT", "correctName", "琥珀钱",
                "correctPerformed", "一千元", "correctUnperformed", "-5", "note", " \r\n")::get, listing, checks);

        assertEquals(List.of("correctPerformed", "correctUnperformed", "note"), List.copyOf(form.errors().keySet()));
        assertEquals("更正后的已履行部分有误：金额应为数字，如 1,234.50、1234.5元 或 12.3万元。",
                form.errors().get("correctPerformed"));
        assertEquals("请写明决定的理由。", form.errors().get("note"));
        assertEquals("琥珀钱", form.values().get("correctName"));
        assertEquals("一千元", form.values().get("correctPerformed"));
        assertEquals("CORRECT", form.values().get("remedy"));
        assertNull(form.decision());
    }

    @Test
    void aDecisionNeedsARemedyAndADeletionItsGround() {
        assertEquals("请选择对失信信息的处理方式：更正、撤销或删除。", StepForm.read(Action.RECONSIDER_UPHOLD,
                Map.of("note", "成立。")::get, listing, checks).errors().get("remedy"));
        StepForm deletion = StepForm.read(Action.UPHOLD, Map.of("remedy", "DELETE", "deletionGround", "WHATEVER",
                "note", "成立。")::get, listing, checks);
        assertEquals(List.of("deletionGround"), List.copyOf(deletion.errors().keySet()));
    }

    @Test
    void aDeletionIgnoresWhateverWasLeftInTheCorrectionFields() {
        StepForm form = StepForm.read(Action.UPHOLD, Map.of("remedy", "DELETE", "deletionGround", "PERFORMED",
                "correctPerformed", "一千元", "note", "已全部履行。")::get, listing, checks);

        assertTrue(form.valid(), form.errors().toString());
        assertEquals(new Decision(Remedy.DELETE, null, DeletionGround.PERFORMED), form.decision());
    }

    @Test
    void aCorrectionChangesOnlyTheFieldsFilledIn() {
        StepForm form = StepForm.read(Action.UPHOLD, Map.of("remedy", "CORRECT", "correctPerformed", "1,000.50",
                "note", "金额有误。")::get, listing, checks);

        ListingCorrection corrected = form.decision().corrected();
        assertEquals(new BigDecimal("1000.50"), corrected.performedAmount());
        assertEquals(new ListingCorrection(null, null, new BigDecimal("1000.50"), null, null), corrected,
                "every other field is kept");
    }

    @Test
    void aCorrectionOfAListingThatIsGoneAsksForAnotherRemedy() {
        StepForm form = StepForm.read(Action.UPHOLD, Map.of("remedy", "CORRECT", "note", "金额有误。")::get,
                Optional.empty(), checks);

        assertTrue(form.errors().get("remedy").contains("已不存在"), form.errors().toString());
    }

    @Test
    void stepsThatDoNotDecideReadOnlyTheirNote() {
        assertEquals(Map.of("note", "请写明需要补充哪些材料。"),
                StepForm.read(Action.RETURN, Map.<String, String>of()::get, listing, checks).errors());
        StepForm accept = StepForm.read(Action.ACCEPT, Map.of("remedy", "nonsense")::get, listing, checks);
        assertTrue(accept.valid());
        assertNull(accept.decision());
    }
}
