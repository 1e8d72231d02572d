"""Property tests of the agents' pure rules: bonuses along the chain, region resolution."""

from hypothesis import given, strategies as st

from fenxiao.plugins.b2b_agent import rules
from fenxiao.plugins.b2b_agent.config import BonusMode, VacantBonus
from fenxiao.plugins.b2b_agent.service import read_divisions

rates = st.integers(min_value=0, max_value=3000)


@given(st.integers(0, 10**9), st.tuples(rates, rates, rates), st.tuples(st.booleans(), st.booleans(), st.booleans()),
       st.sampled_from(list(BonusMode)), st.sampled_from(list(VacantBonus)))
def test_bonuses_never_pay_more_than_the_rates_allow(base, level_rates, filled, mode, vacant):
    rate_by_depth = dict(zip((1, 2, 3), level_rates))
    holders = {depth: (100 + depth if f else None) for depth, f in zip((1, 2, 3), filled)}
    paid = rules.bonuses(base, rate_by_depth, holders, mode, vacant)
    assert all(b.amount >= 0 and holders[b.depth] == b.agent for b in paid)
    total_rate = sum(b.rate_bps for b in paid)
    if mode == BonusMode.DIFFERENTIAL:
        assert total_rate <= max(level_rates)  # 级差 never exceeds the highest level's rate
    else:
        assert total_rate <= sum(level_rates)
        if vacant == VacantBonus.BRAND:
            assert total_rate == sum(r for depth, r in rate_by_depth.items() if holders[depth])
    assert sum(b.amount for b in paid) <= base * total_rate / 10_000 + len(paid)


GAZETTEER = rules.Gazetteer(read_divisions())


def test_real_addresses_resolve_to_their_codes():
    cases = {
        "上海市徐汇区虹漕路461号58号楼5楼": "310104",
        "北京朝阳区建国路88号": "110105",
        "浙江省杭州市西湖区文三路": "330106",
        "杭州市滨江区网商路699号": "330108",
        "广东深圳南山区科技园": "440305",
        "湖北省仙桃市沔阳大道": "429004",
        "广东省东莞市长安镇": "441900",
        "内蒙古自治区呼和浩特市新城区": "150102",
        "重庆市渝中区解放碑": "500103",
        "四川省": "510000",
    }
    assert {text: getattr(GAZETTEER.resolve(text), "code", None) for text in cases} == cases
    assert GAZETTEER.resolve("火星基地一号") is None


def test_chains_go_up_to_the_province():
    assert [d.code for d in GAZETTEER.chain("330106")] == ["330106", "330100", "330000"]
    assert [d.code for d in GAZETTEER.chain("429004")] == ["429004", "420000"]
