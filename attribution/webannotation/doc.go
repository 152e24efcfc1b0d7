// Package webannotation exports an onrecord document as W3C Web Annotations.
package webannotation
