"""Clients, products and the company profile."""
