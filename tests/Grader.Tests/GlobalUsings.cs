global using KitchenKatas.Grader.Stress;
global using NUnit.Framework;
