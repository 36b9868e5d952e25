using Perheverkko.Web.Features.Agreements;

namespace Perheverkko.UnitTests.Features.Agreements;

public sealed class AgreementDiffTests
{
    [Fact]
    public void Sections_are_matched_by_number_as_added_removed_changed_or_unchanged()
    {
        SectionText[] older = [new(1, "Alue", "Etelä-Savo"), new(2, "Kesto", "Voimassa 2022-2023."), new(3, "Poistuva", "Teksti.")];
        SectionText[] newer = [new(1, "Alue", "Etelä-Savo"), new(2, "Kesto", "Voimassa 2026-2029."), new(4, "Uusi", "Lisätty.")];
        var diff = AgreementDiff.Sections(older, newer);
        Assert.Equal([1, 2, 3, 4], diff.Select(d => d.Number));
        Assert.Equal([SectionChange.Unchanged, SectionChange.Changed, SectionChange.Removed, SectionChange.Added], diff.Select(d => d.Change));
        Assert.Equal([new DiffSegment(DiffKind.Inserted, "Uusi")], diff[3].Title);
        Assert.Equal([new DiffSegment(DiffKind.Deleted, "Teksti.")], diff[2].Body);
    }

    [Fact]
    public void A_changed_word_is_one_deletion_and_one_insertion_between_unchanged_words()
    {
        var segments = AgreementDiff.Words("Tämä sopimus on voimassa 2022-2023. Sopimus päivitetään.", "Tämä sopimus on voimassa 2026-2029. Sopimus päivitetään.");
        Assert.Equal(
        [
            new DiffSegment(DiffKind.Same, "Tämä sopimus on voimassa "),
            new DiffSegment(DiffKind.Deleted, "2022-2023. "),
            new DiffSegment(DiffKind.Inserted, "2026-2029. "),
            new DiffSegment(DiffKind.Same, "Sopimus päivitetään."),
        ], segments);
    }

    [Fact]
    public void Inserted_and_deleted_words_in_the_middle_are_found()
    {
        var segments = AgreementDiff.Words("a b c d e", "a x b c e");
        Assert.Equal("a b c d e", string.Concat(segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)));
        Assert.Equal("a x b c e", string.Concat(segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
        Assert.Equal(["x "], segments.Where(s => s.Kind == DiffKind.Inserted).Select(s => s.Text));
        Assert.Equal(["d "], segments.Where(s => s.Kind == DiffKind.Deleted).Select(s => s.Text));
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_segment_and_empty_texts_none()
    {
        Assert.Equal([new DiffSegment(DiffKind.Same, "sama teksti")], AgreementDiff.Words("sama teksti", "sama teksti"));
        Assert.Empty(AgreementDiff.Words("", ""));
    }

    [Fact]
    public void Differences_in_line_endings_alone_leave_a_section_unchanged()
    {
        var diff = AgreementDiff.Sections([new(1, "Alue", "Rivi yksi\r\nrivi kaksi")], [new(1, "Alue", "Rivi yksi\nrivi kaksi\n")]);
        Assert.Equal(SectionChange.Unchanged, Assert.Single(diff).Change);
    }

    [Fact]
    public void The_party_list_change_names_who_joined_and_who_left()
    {
        var a = Guid.NewGuid(); var b = Guid.NewGuid(); var c = Guid.NewGuid();
        var diff = AgreementDiff.Parties([new(a, "Essote"), new(b, "Mikkelin kaupunki")], [new(b, "Mikkeli"), new(c, "Enonkoski")]);
        Assert.Equal([new PartyRef(c, "Enonkoski")], diff.Joined);
        Assert.Equal([new PartyRef(a, "Essote")], diff.Left);
        Assert.Equal([new PartyRef(b, "Mikkeli")], diff.Stayed);
    }

    [Fact]
    public void Very_long_changed_texts_fall_back_to_one_deletion_and_one_insertion()
    {
        var older = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"a{i}"));
        var newer = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"b{i}"));
        var segments = AgreementDiff.Words(older, newer);
        Assert.Equal([DiffKind.Deleted, DiffKind.Inserted], segments.Select(s => s.Kind));
    }
}
