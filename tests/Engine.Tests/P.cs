namespace ComplianceEngine.Engine.Tests; public class Placeholder { [Fact] public void X() => 1.ShouldBe(1); }
