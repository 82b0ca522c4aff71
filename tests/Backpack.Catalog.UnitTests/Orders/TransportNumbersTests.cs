using Backpack.Catalog.Api.Features.Orders.Shipments;

namespace Backpack.Catalog.UnitTests.Orders;

public sealed class TransportNumbersTests
{
    [Theory]
    [InlineData("CSQU3054383", true)]
    [InlineData("MSKU2613481", true)]
    [InlineData("MSKU2613482", false)]
    [InlineData("CSQA3054383", false)]
    [InlineData("csqu3054383", false)]
    [InlineData("CSQU305438", false)]
    public void A_container_number_carries_its_iso_6346_check_digit(string number, bool valid) =>
        TransportNumbers.IsContainerNumber(number).ShouldBe(valid);

    [Theory]
    [InlineData("176-12345675", true)]
    [InlineData("17612345675", true)]
    [InlineData("176-12345670", false)]
    [InlineData("176-1234567", false)]
    [InlineData("ABC-12345675", false)]
    public void An_air_waybill_ends_in_its_serial_modulo_7(string number, bool valid) => TransportNumbers.IsAirWaybill(number).ShouldBe(valid);
}
