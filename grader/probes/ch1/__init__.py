"""Probes of chapter 1: public code that runs beside the student's code."""
