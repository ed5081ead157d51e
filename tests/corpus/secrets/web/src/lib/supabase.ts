import { createClient } from "@supabase/supabase-js";

const url = process.env.SUPABASE_URL as string;
const serviceRoleKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InJzb3BianJieGh0bGVxeHhybnF4Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoyMDMzNTc2MDAwfQ.YL8xFnzpj_6i2FFhWDnbz_pAK_-snNNWBKcWpAhDZ7a";
export const admin = createClient(url, serviceRoleKey, { auth: { persistSession: false } });
export const anonKeyName = "SUPABASE_ANON_KEY";
