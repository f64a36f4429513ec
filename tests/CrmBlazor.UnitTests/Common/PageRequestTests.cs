using CrmBlazor.Application.Common;

namespace CrmBlazor.UnitTests.Common;

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(25, 25)]
    [InlineData(200, 200)]
    public void Take_is_the_page_size_within_bounds(int pageSize, int take)
    {
        Assert.Equal(take, new PageRequest(0, pageSize).Take);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(int.MinValue)]
    public void Take_is_at_least_one(int pageSize)
    {
        Assert.Equal(1, new PageRequest(0, pageSize).Take);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(10_000)]
    [InlineData(int.MaxValue)]
    public void Take_is_capped_at_the_maximum_page_size(int pageSize)
    {
        Assert.Equal(PageRequest.MaxPageSize, new PageRequest(0, pageSize).Take);
        Assert.Equal(200, PageRequest.MaxPageSize);
    }

    [Theory]
    [InlineData(0, 25, 0)]
    [InlineData(1, 25, 25)]
    [InlineData(3, 50, 150)]
    public void Skip_passes_the_previous_pages(int page, int pageSize, int skip)
    {
        Assert.Equal(skip, new PageRequest(page, pageSize).Skip);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_page_is_the_first_page(int page)
    {
        Assert.Equal(0, new PageRequest(page, 25).Skip);
    }

    [Fact]
    public void Skip_uses_the_clamped_page_size()
    {
        Assert.Equal(400, new PageRequest(2, 1_000).Skip);
        Assert.Equal(2, new PageRequest(2, 0).Skip);
    }

    [Fact]
    public void Skip_of_a_huge_page_number_does_not_overflow_into_a_negative_offset()
    {
        Assert.Equal(int.MaxValue, new PageRequest(int.MaxValue, PageRequest.MaxPageSize).Skip);
    }
}
