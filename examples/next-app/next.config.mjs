/** @type {import('next').NextConfig} */
export default {
  // Nothing special for Broadsheet: it is bundled like any package, and its
  // 'use client' islands become client components on their own.
  poweredByHeader: false,
};
