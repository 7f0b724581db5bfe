"""An article's lead is its first whole sentence past the dateline: the dots of "U.S.", "Dec." and "Gov." end no
sentence (the rules that ask whose story an article is read the lead whole). Our own sentences."""

from corpus.xref.places import lead_past_dateline


def test_the_lead_runs_past_the_dots_of_abbreviations() -> None:
    title = "Leaders to meet next week"
    body = (
        f"{title}\nGENEVA, Dec. 4 (Reuters) - The U.S. President and the Brazilian leader will meet in Geneva next "
        "week, officials said on Thursday. The venue was not given."
    )
    assert lead_past_dateline(title, body) == (
        "The U.S. President and the Brazilian leader will meet in Geneva next week, officials said on Thursday."
    )


def test_the_lead_stops_at_its_sentence_end() -> None:
    body = "Gov. Ana Ruiz signed the bill on Monday. It takes effect in March."
    assert lead_past_dateline("Bill signed", body) == "Gov. Ana Ruiz signed the bill on Monday."
