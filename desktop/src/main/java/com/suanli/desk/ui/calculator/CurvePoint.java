package com.suanli.desk.ui.calculator;

/** A point of the curve a calculator draws beside its figures (an option's smile: strike and volatility). */
public record CurvePoint(double x, double y) {
}
