package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "（2023）京0105执1234号",
        "(2023)京0105执1234号",
        "〔2023〕京0105执1234号",
        "[2023]京0105执1234号",
        "【2023】京0105执1234号",
        "［2023］京0105执1234号",
        "﹝2023﹞京0105执1234号",
        "（２０２３）京０１０５执１２３４号",
        "( 2023 ) 京 0105 执 1234 号",
        " （2023）\u3000京0105执\u00a01234号\u200b ",
        "\t(２０２３) 京０１０５ 执 １２３４号\n",
        "2023京0105执1234号",
        "２０２３京０１０５执１２３４号",
    })
    void everyBracketWidthAndSpacingMeetsInOneCanonicalForm(String typed) {
        CaseNumber number = CaseNumber.parse(typed);

        assertEquals(new CaseNumber(2023, "京0105", "执", "1234", false), number);
        assertEquals("（2023）京0105执1234号", number.canonical());
    }

    @ParameterizedTest
    @CsvSource({
        "(2024)粤5302执恢88号, 2024, 粤5302, 执恢, 88, （2024）粤5302执恢88号",
        "〔2022〕川0107执2468号, 2022, 川0107, 执, 2468, （2022）川0107执2468号",
        "[2023]鄂0984执567号, 2023, 鄂0984, 执, 567, （2023）鄂0984执567号",
        "（2021）沪0115执保1024号, 2021, 沪0115, 执保, 1024, （2021）沪0115执保1024号",
        "（2020）浙01执异15号, 2020, 浙01, 执异, 15, （2020）浙01执异15号",
        "（2019）苏执复77号, 2019, 苏, 执复, 77, （2019）苏执复77号",
        "（2022）最高法执监301号, 2022, 最高法, 执监, 301, （2022）最高法执监301号",
        "（2023）豫0302执协9号, 2023, 豫0302, 执协, 9, （2023）豫0302执协9号",
        "（2018）黔0102执他3号, 2018, 黔0102, 执他, 3, （2018）黔0102执他3号",
        "（2023）闽0203财保46号, 2023, 闽0203, 财保, 46, （2023）闽0203财保46号",
        "（2017）新40执1号, 2017, 新40, 执, 1, （2017）新40执1号",
        "（2024）兵0101执200号, 2024, 兵0101, 执, 200, （2024）兵0101执200号",
    })
    void currentCaseNumbersAreSplitIntoTheirParts(
            String typed, int year, String court, String type, String serial, String canonical) {
        CaseNumber number = CaseNumber.parse(typed);

        assertEquals(new CaseNumber(year, court, type, serial, false), number);
        assertEquals(canonical, number.canonical());
    }

    @ParameterizedTest
    @CsvSource({
        "（2015）浦执字第1234号, 2015, 浦, 执, 1234, （2015）浦执字第1234号",
        "(2012)一中执字第00123号, 2012, 一中, 执, 00123, （2012）一中执字第00123号",
        "〔２０１４〕 朝 执 字 第 ５６ 号, 2014, 朝, 执, 56, （2014）朝执字第56号",
        "（2013）海执恢字第7号, 2013, 海, 执恢, 7, （2013）海执恢字第7号",
        "（2010）二中民初字第15号, 2010, 二中, 民初, 15, （2010）二中民初字第15号",
        "（2011）民权执字第8号, 2011, 民权, 执, 8, （2011）民权执字第8号",
    })
    void legacyCaseNumbersKeepTheirFormAndSerialAsWritten(
            String typed, int year, String court, String type, String serial, String canonical) {
        CaseNumber number = CaseNumber.parse(typed);

        assertEquals(new CaseNumber(year, court, type, serial, true), number);
        assertEquals(canonical, number.canonical());
    }

    @Test
    void differentCasesStayDifferent() {
        assertNotEquals(CaseNumber.parse("（2023）京0105执1234号"), CaseNumber.parse("（2023）京0105执恢1234号"));
        assertNotEquals(CaseNumber.parse("（2023）京0105执1234号"), CaseNumber.parse("（2022）京0105执1234号"));
        assertNotEquals(CaseNumber.parse("（2012）一中执字第00123号"), CaseNumber.parse("（2012）一中执字第123号"));
    }

    @ParameterizedTest
    @CsvSource({
        "'', 请填写案号",
        "' \u3000', 请填写案号",
        "京0105执1234号, 案号应以括号中的年度开头，如（2023）京0105执1234号",
        "（）京0105执1234号, 案号的年度应为括号中的四位数字，如（2023）京0105执1234号",
        "（23）京0105执1234号, 案号的年度应为括号中的四位数字，如（2023）京0105执1234号",
        "（二〇二三）京0105执1234号, 案号的年度应为括号中的四位数字，如（2023）京0105执1234号",
        "（1979）京0105执1234号, 案号的年度1979不在1980至2100年之间",
        "（2101）京0105执1234号, 案号的年度2101不在1980至2100年之间",
        "（2023）京0105执1234, 案号应以“号”结尾，如（2023）京0105执1234号",
        "（2023）京0105执号, 案号缺少“号”前的编号，如（2023）京0105执1234号",
        "（2023）0105执1234号, 案号缺少年度后的法院代字，如（2023）京0105执1234号",
        "（2023）号, 案号缺少年度后的法院代字，如（2023）京0105执1234号",
        "（2023）京01051234号, 案号的法院代字、类型代字或编号不可识别，如（2023）京0105执1234号",
    })
    void whatIsNoCaseNumberIsRejectedWithTheReason(String typed, String reason) {
        assertEquals(reason, assertThrows(InvalidIdentifierException.class, () -> CaseNumber.parse(typed))
                .getMessage());
    }
}
