global using KitchenKatas.Grader.Grading;
global using NUnit.Framework;
