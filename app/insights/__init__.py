"""Insights: a read model of the operation for the dashboard, /metrics and the anomaly report.

It reads the core's tables and the ERP copy and writes nothing; the core never imports it.
"""
