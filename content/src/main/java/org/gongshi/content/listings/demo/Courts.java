package org.gongshi.content.listings.demo;

import java.util.List;

/**
 * Real basic-level courts with the code their case numbers carry since 2016 (province abbreviation plus the last
 * four digits of the district's administrative division code) and that division code, for IDs and credit codes.
 */
final class Courts {
    record Court(String name, String province, String code, String divisionCode, String district, String city) {}

    static final List<Court> ALL = List.of(
            new Court("北京市朝阳区人民法院", "北京", "京0105", "110105", "朝阳区", "北京"),
            new Court("北京市海淀区人民法院", "北京", "京0108", "110108", "海淀区", "北京"),
            new Court("天津市和平区人民法院", "天津", "津0101", "120101", "和平区", "天津"),
            new Court("上海市浦东新区人民法院", "上海", "沪0115", "310115", "浦东新区", "上海"),
            new Court("重庆市渝中区人民法院", "重庆", "渝0103", "500103", "渝中区", "重庆"),
            new Court("广州市天河区人民法院", "广东", "粤0106", "440106", "天河区", "广州"),
            new Court("深圳市福田区人民法院", "广东", "粤0304", "440304", "福田区", "深圳"),
            new Court("杭州市西湖区人民法院", "浙江", "浙0106", "330106", "西湖区", "杭州"),
            new Court("南京市玄武区人民法院", "江苏", "苏0102", "320102", "玄武区", "南京"),
            new Court("成都市武侯区人民法院", "四川", "川0107", "510107", "武侯区", "成都"),
            new Court("武汉市武昌区人民法院", "湖北", "鄂0106", "420106", "武昌区", "武汉"),
            new Court("郑州市金水区人民法院", "河南", "豫0105", "410105", "金水区", "郑州"),
            new Court("济南市历下区人民法院", "山东", "鲁0102", "370102", "历下区", "济南"),
            new Court("长沙市岳麓区人民法院", "湖南", "湘0104", "430104", "岳麓区", "长沙"),
            new Court("西安市雁塔区人民法院", "陕西", "陕0113", "610113", "雁塔区", "西安"));

    private Courts() {}
}
