"""Probes of chapter 3: public code that runs beside the student's code."""
