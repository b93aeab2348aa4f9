package org.gongshi.site.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = PasswordPolicy.standard();

    @Test
    void theBundledListIsReadIntoACompactSetOfLongEnoughEntries() {
        CommonPasswords bundled = CommonPasswords.bundled();
        assertTrue(bundled.size() > 15_000, "entries of 8 characters or more: " + bundled.size());
        assertTrue(bundled.contains("password1"));
        assertTrue(!bundled.contains("123456"), "too short to matter: the length rule refuses it first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "PASSWORD1", "Ｐａｓｓｗｏｒｄ１", "qq123456", "1qaz2wsx", "iloveyou",
            "a123456789", "abcd1234"})
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCaseOrWidth(String password) {
        assertEquals(Optional.of("这是常见或已泄露的密码，容易被猜中，请换一个"), POLICY.refusal(password, "zhang.wei"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"88888888", "12121212", "woaini1314woaini1314", "23456789", "abcdefghij", "987654321",
            "19880512", "12052019", "05122019"})
    void repeatsRunsAndDatesAreRefused(String password) {
        assertEquals(Optional.of("密码是重复、连续的字符或日期，容易被猜中，请换一个"), POLICY.refusal(password, "zhang.wei"));
    }

    @Test
    void thePasswordMayNotContainTheAccountName() {
        assertEquals(Optional.of("密码不能包含用户名"), POLICY.refusal("Zhang.Wei-秋天的落叶", "zhang.wei"));
        assertEquals(Optional.empty(), POLICY.refusal("li 秋天的落叶", "li"), "two-letter names occur by chance");
    }

    @Test
    void lengthCountsCodePointsAndAnyScriptIsWelcome() {
        assertEquals(Optional.of("密码至少需要 8 个字符"), POLICY.refusal("秋天的落叶", "zhang.wei"));
        assertEquals(Optional.empty(), POLICY.refusal("秋天的落叶飘满山", "zhang.wei"));
        assertEquals(Optional.empty(), POLICY.refusal("😀😁😂🤣😃😄😅😆", "zhang.wei"), "8 code points, 16 chars");
        assertEquals(Optional.of("密码不能超过 128 个字符"), POLICY.refusal("落".repeat(129), "zhang.wei"));
        assertEquals(Optional.empty(), POLICY.refusal("correct horse battery staple", "zhang.wei"));
        assertEquals(Optional.of("密码至少需要 8 个字符"), POLICY.refusal(null, "zhang.wei"));
    }
}
