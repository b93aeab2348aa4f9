package org.gongshi.site.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.junit.jupiter.api.Test;

class WrittenYearTest {
    @Test
    void aPrinted成文日期IsShownAsItIsSoNoYearIsInferred() {
        assertEquals(Optional.empty(), WrittenYear.of(text(LocalDate.of(2012, 2, 3), "云法治委〔2022〕2号", "至2017年10月31日")));
    }

    @Test
    void theYearOfTheTextsOwn文号ComesFirst() {
        assertEquals(Optional.of(new WrittenYear(2022, WrittenYear.Source.DOCUMENT_NUMBER)),
                WrittenYear.of(text(null, "云法治委〔2022〕2号", "完成时限：2023年5月下旬前")));
        assertEquals(Optional.of(new WrittenYear(2019, WrittenYear.Source.DOCUMENT_NUMBER)),
                WrittenYear.of(text(null, "法发[2019]16号", "")));
    }

    @Test
    void otherwiseTheEarliestYearTheTextDatesAnythingIn() {
        assertEquals(Optional.of(new WrittenYear(2017, WrittenYear.Source.BODY)), WrittenYear.of(text(null, null,
                "根据全国法院2016年执行工作会议部署，从现在开始至2017年10月31日开展；2017年10月15日前报送。")));
    }

    @Test
    void yearsThatAreNoDateAndOtherTexts文号TellNothing() {
        assertEquals(Optional.empty(), WrittenYear.of(text(null, null,
                "根据《国务院办公厅关于复制推广营商环境创新试点改革举措的通知》（国办发〔2022〕35号）；用两到三年时间。")));
        assertEquals(Optional.empty(), WrittenYear.of(text(null, "", null)));
    }

    private static PolicyText text(LocalDate writtenOn, String documentNumber, String body) {
        return new PolicyText("slug", "标题", "发布机关", documentNumber, writtenOn, null, Validity.CURRENT, null,
                List.of(), body, Status.PUBLISHED, null, null);
    }
}
