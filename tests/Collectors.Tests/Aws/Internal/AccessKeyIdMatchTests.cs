using ComplianceEngine.Collectors.Aws.Internal;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

public sealed class AccessKeyIdMatchTests
{
    private static readonly DateTimeOffset Older = new(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Newer = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_slot_takes_the_key_created_when_it_was_last_rotated()
    {
        // Slot 1 was rotated after slot 2 was created: the dates decide, not the order.
        List<ListedAccessKey> listed = [new("AKIAOLD", "Active", Older), new("AKIANEW", "Active", Newer)];
        List<(int, DateTimeOffset?)> slots = [(1, Newer), (2, Older)];

        AccessKeyIdCollection.IdOf(listed, slots, 1).ShouldBe("AKIANEW");
        AccessKeyIdCollection.IdOf(listed, slots, 2).ShouldBe("AKIAOLD");
    }

    [Fact]
    public void Without_matching_dates_creation_order_decides_when_the_counts_agree_else_no_id()
    {
        List<ListedAccessKey> listed = [new("AKIAB", "Active", Newer), new("AKIAA", "Active", Older)];

        AccessKeyIdCollection.IdOf(listed, [(1, null), (2, null)], 1).ShouldBe("AKIAA");
        AccessKeyIdCollection.IdOf(listed, [(2, null)], 2).ShouldBeNull();
        AccessKeyIdCollection.IdOf(null, [(1, Older)], 1).ShouldBeNull();
    }
}
