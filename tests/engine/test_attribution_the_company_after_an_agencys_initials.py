""" "The company said" after an agency spoke under its initials ("FSIA said ...", named in full before) is the
company, not the agency: the initials stand for a name that tells another kind of body. Our own sentences."""

from tests.engine.conftest import speakers_with_text


def test_the_company_is_not_an_agency_named_by_its_initials():
    body = (
        "Brenford Foods is recalling 30,000 jars of baby food, the company said on Monday.\n\n"
        "About 4,000 jars were sold in Wales, according to the Food Safety Inspection Agency.\n\n"
        "FSIA said it had received three complaints.\n\n"
        "Shoppers will be refunded in full, the company said."
    )
    assert [s for s, _ in speakers_with_text(body)][-1] == "Brenford Foods"
