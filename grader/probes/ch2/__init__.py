"""Probes of chapter 2: public code that runs beside the student's code."""
